# SPDX-License-Identifier: GPL-2.0 OR MIT
"""Lift a compiled thread back into an architecture litmus test for herd7.

Each lifter reads GCC's assembly of one function and translates it one
instruction at a time.  Branches and labels are kept; a return becomes a
branch to the thread's end.  An address formed from a symbol (adrp/lo12,
lui/%lo, a section anchor) becomes a register that the litmus test's
initialization sets to that location: the address is a constant, so no
dependency runs through it, in the code or in the lifted test.
Registers the final condition reads (LITMUS_OUT markers) are copied into
registers of their own at the marker.  Anything else (a call, a stack
access, an instruction or operand form not listed here) raises Unlifted:
the row is reported "not lifted", never passed."""

import re


class Unlifted(Exception):
    pass


def function_lines(asm, func):
    """The instruction and label lines of func, markers kept."""
    lines, inside, data = [], False, None
    for raw in asm.splitlines():
        line = raw.strip()
        if not inside:
            if line == func + ':':
                inside = True
            continue
        if line.startswith('.size') or re.match(r'\.cfi_endproc', line):
            break
        m = re.match(r'(//|#)\s*litmus-out\s+(\w+)\s+(\S+)', line)
        if m:
            lines.append(('out', m.group(2), m.group(3)))
            continue
        if not line or line.startswith(('//', '#', '@')):
            continue
        if re.match(r'\.(LF[BE]|LCF)\d+:$', line):
            continue
        if data and not line.startswith('.'):
            # Code after data in the function: the data may be executed.
            raise Unlifted('code after "%s"' % data)
        if re.match(r'\.(inst|insn)\b', line):
            raise Unlifted('raw instruction "%s"' % line)
        if re.match(r'\.(byte|short|word|long|quad|[248]byte|xword)\b', line):
            data = line     # PowerPC's traceback table after the blr
            continue
        if re.match(r'\.L\w+:$', line):
            lines.append(('label', line[:-1], None))
            continue
        if line.startswith('.') or re.match(r'0:', line):
            if re.match(r'\.(L\w+|LANCHOR\d+)\s*[=:]', line):
                continue
            if line.startswith('.'):
                continue    # assembler directive
        lines.append(('insn', re.sub(r'\s+', ' ', line), None))
    if not inside:
        raise Unlifted('function %s not found in the assembly' % func)
    return lines


def data_layout(asm):
    """{(anchor, offset): symbol} for the section anchors GCC uses."""
    layout, anchor, off = {}, None, 0
    for raw in asm.splitlines():
        line = raw.strip()
        m = re.match(r'\.set\s+(\.LANCHOR\d+),\s*\.\s*\+\s*0', line)
        if m:
            anchor, off = m.group(1), 0
            continue
        if anchor is None:
            continue
        if re.match(r'\.(text|section|data|bss)\b', line):
            anchor = None
            continue
        m = re.match(r'\.(p2align|align)\s+(\d+)', line)
        if m:
            a = 1 << int(m.group(2))
            off = (off + a - 1) // a * a
            continue
        m = re.match(r'(\w+):$', line)
        if m:
            layout[(anchor, off)] = m.group(1)
            continue
        m = re.match(r'\.(zero|space)\s+(\d+)', line)
        if m:
            off += int(m.group(2))
            continue
        m = re.match(r'\.(word|4byte|long)\b', line)
        if m:
            off += 4
            continue
        m = re.match(r'\.(xword|8byte|quad|dword)\b', line)
        if m:
            off += 8
    return layout


def split_ops(s):
    ops, depth, cur = [], 0, ''
    for ch in s:
        if ch == ',' and depth == 0:
            ops.append(cur.strip())
            cur = ''
            continue
        depth += {'[': 1, ']': -1, '(': 1, ')': -1}.get(ch, 0)
        cur += ch
    if cur.strip():
        ops.append(cur.strip())
    return ops


class Thread:
    """The lifted code of one thread and the registers it needs set.
    sym_regs and out_regs: registers GCC leaves alone in a leaf function
    without a frame, for the symbols' addresses and the observed values."""
    def __init__(self, sym_regs, out_regs):
        self.code = []
        self.init = {}      # register -> location
        self.outs = {}      # C register -> lifted register
        self.sym_regs = list(sym_regs)
        self.out_regs = list(out_regs)
        self.sym_of = {}

    def symbol(self, sym):
        """The register the initialization sets to sym's address."""
        if sym not in self.sym_of:
            if not self.sym_regs:
                raise Unlifted('too many symbols')
            self.sym_of[sym] = self.sym_regs.pop(0)
            self.init[self.sym_of[sym]] = sym
        return self.sym_of[sym]

    def observe(self, creg):
        """The register that receives the C register creg at the end."""
        if creg not in self.outs:
            if not self.out_regs:
                raise Unlifted('too many observed registers')
            self.outs[creg] = self.out_regs.pop(0)
        return self.outs[creg]

    def finish(self, branch_to_end, end):
        """No branch to the end just before it; the end's label."""
        while self.code and self.code[-1] == branch_to_end:
            self.code.pop()
        self.code.append(end + ':')
        return self


# ---------------------------------------------------------------- AArch64

A64_COND = {'eq', 'ne', 'cs', 'hs', 'cc', 'lo', 'mi', 'pl', 'vs', 'vc',
            'hi', 'ls', 'ge', 'lt', 'gt', 'le'}
A64_INV = {'eq': 'ne', 'ne': 'eq', 'cs': 'cc', 'hs': 'lo', 'cc': 'cs',
           'lo': 'hs', 'mi': 'pl', 'pl': 'mi', 'vs': 'vc', 'vc': 'vs',
           'hi': 'ls', 'ls': 'hi', 'ge': 'lt', 'lt': 'ge', 'gt': 'le',
           'le': 'gt'}
# Registers GCC leaves alone in a leaf function without a frame: the lifted
# test's symbols and outputs live there.
A64_SYM_REGS = ['X%d' % i for i in range(28, 21, -1)]
A64_OUT_REGS = ['X%d' % i for i in range(19, 22)]


def a64_reg(op):
    o = op.lower()
    if o in ('wzr', 'xzr'):
        return o.upper()
    if re.fullmatch(r'[wx]([0-9]|[12][0-9]|30)', o):
        return o.upper()
    return None


def a64_imm(op):
    m = re.fullmatch(r'#?(-?(0x[0-9a-f]+|\d+))', op.lower())
    return int(m.group(1), 0) if m else None


def a64_transfer(st, mn, ops):
    """The symbol addresses in registers after one instruction; returns the
    address it forms in its first operand, if it does."""
    for op in ops:
        m = re.fullmatch(r'\[(\w+),\s*#?(-?\d+)\]!', op)
        if m and a64_reg(m.group(1)):
            # Pre-index writeback: the base moves on by the offset.
            b = a64_reg(m.group(1))[1:]
            src = st.pop(b, None)
            if src and src[2] == 'addr':
                st[b] = (src[0], src[1] + int(m.group(2)), 'addr')
    if mn.startswith(('st', 'cmp', 'cmn', 'tst', 'cb', 'tb', 'b', 'ret', 'dmb',
                      'nop')) or not ops or not a64_reg(ops[0]):
        return None
    rd = a64_reg(ops[0])[1:]
    val = None
    if mn == 'adrp' and len(ops) == 2 and re.fullmatch(r'[\w.]+', ops[1]):
        val = (ops[1], 0, 'page')
    elif mn == 'add' and len(ops) == 3 and a64_reg(ops[1]):
        src = st.get(a64_reg(ops[1])[1:])
        lm = re.fullmatch(r':lo12:([\w.]+)(?:\+(\d+))?', ops[2])
        if src and lm and src[2] == 'page' and lm.group(1) == src[0]:
            val = (src[0], src[1] + int(lm.group(2) or 0), 'addr')
        elif src and src[2] == 'addr' and a64_imm(ops[2]) is not None:
            val = (src[0], src[1] + a64_imm(ops[2]), 'addr')
    elif mn == 'mov' and len(ops) == 2 and a64_reg(ops[1]):
        val = st.get(a64_reg(ops[1])[1:])
    st.pop(rd, None)
    if val:
        st[rd] = val
    return val


def lift_aarch64(asm, func, params):
    """params: the locations of the pointer parameters, in order."""
    lines = function_lines(asm, func)
    layout = data_layout(asm)
    th = Thread(A64_SYM_REGS, A64_OUT_REGS)
    for i, loc in enumerate(params):
        th.init['X%d' % i] = loc
    sym_reg = th.symbol

    def resolve(base, off):
        if base.startswith('.LANCHOR'):
            if (base, off) not in layout:
                raise Unlifted('no symbol at %s+%d' % (base, off))
            return layout[(base, off)]
        if off:
            raise Unlifted('offset %d into %s' % (off, base))
        return base

    # What each register holds at each instruction, where it is a symbol's
    # address: (symbol or anchor, offset, 'page' after adrp or 'addr').
    # Forward over the branches; a join keeps only what all paths agree on.
    insns = [l for l in lines]
    labels = {t: i for i, (k, t, _) in enumerate(insns) if k == 'label'}
    state = [None] * len(insns)
    state[0] = {} if insns else None
    work = [0] if insns else []
    while work:
        i = work.pop()
        st = dict(state[i])
        kind, text, _ = insns[i]
        succ = [i + 1]
        if kind == 'insn':
            mn, rest = (text.split(None, 1) + [''])[:2]
            ops = split_ops(rest)
            a64_transfer(st, mn, ops)
            tgt = [o for o in ops if o.startswith('.L')]
            if tgt and (mn in ('b', 'cbz', 'cbnz', 'tbz', 'tbnz') or mn.startswith('b.')
                        or mn[1:] in A64_COND):
                if tgt[0] not in labels:
                    raise Unlifted('branch to %s outside the function' % tgt[0])
                succ.append(labels[tgt[0]])
            if mn in ('b', 'ret'):
                succ = succ[1:]
        for j in succ:
            if j >= len(insns):
                continue
            if state[j] is None:
                state[j] = st
                work.append(j)
            else:
                met = {r: v for r, v in state[j].items() if st.get(r) == v}
                if met != state[j]:
                    state[j] = met
                    work.append(j)
    cur = {}

    def mem(op):
        m = re.fullmatch(r'\[(\w+)(?:,\s*(.*?))?\]!?', op)
        if not m or not a64_reg(m.group(1)) or a64_reg(m.group(1))[0] != 'X':
            raise Unlifted('addressing mode %s' % op)
        base = a64_reg(m.group(1))
        off = m.group(2)
        r = base[1:]
        im = re.fullmatch(r'([wx]\d+)(?:,\s*(lsl|sxtw|uxtw)\s*#?(\d+))?', off or '')
        if im:
            # A register offset: the index carries its dependency.
            idx = reg(im.group(1))
            ext = ',%s #%s' % (im.group(2).upper(), im.group(3)) if im.group(2) else ''
            if r in cur:
                sym, k, kind = cur[r]
                if kind != 'addr':
                    raise Unlifted('addressing mode %s' % op)
                b = sym_reg(resolve(sym, k))
            else:
                b = base
            return '[%s,%s%s]' % (b, idx, ext)
        if r in cur:
            sym, k, kind = cur[r]
            if off:
                lm = re.fullmatch(r'#?:lo12:([\w.]+)(?:\+(\d+))?', off)
                if lm and lm.group(1) == sym and kind == 'page':
                    k += int(lm.group(2) or 0)
                elif a64_imm(off) is not None and kind == 'addr':
                    k += a64_imm(off)
                else:
                    raise Unlifted('addressing mode %s' % op)
            elif kind == 'page':
                raise Unlifted('load from a page address %s' % op)
            return '[%s]' % sym_reg(resolve(sym, k))
        if off and a64_imm(off) is None:
            raise Unlifted('addressing mode %s' % op)
        if off and a64_imm(off):
            # Into an array (herd7 rejects an offset into a scalar).
            return '[%s,#%d]' % (base, a64_imm(off))
        return '[%s]' % base

    def reg(op, dest=False):
        r = a64_reg(op)
        if not r:
            raise Unlifted('operand %s' % op)
        if not dest and r[1:] in cur and cur[r[1:]][2] == 'page':
            raise Unlifted('page address %s used as a value' % op)
        return r

    def reg_or_imm(op):
        if a64_imm(op) is not None:
            return '#%d' % a64_imm(op)
        return reg(op)

    code = th.code
    for i, (kind, text, extra) in enumerate(lines):
        if state[i] is None:
            continue    # unreachable
        cur = state[i]
        if kind == 'label':
            code.append('L%s:' % text[2:])
            continue
        if kind == 'out':
            code.append('MOV %s,%s' % (th.observe(text), reg('x' + extra[1:])))
            continue
        mn, rest = (text.split(None, 1) + [''])[:2]
        mn = mn.lower()
        ops = split_ops(rest)
        formed = a64_transfer(dict(cur), mn, ops)
        if formed:
            # An address formed from a symbol: the register holds it.
            sym, k, _ = formed
            code.append('MOV X%s,%s' % (a64_reg(ops[0])[1:],
                                        sym_reg(resolve(sym, k))))
            continue
        if mn in ('ldr', 'str', 'ldar', 'stlr') and len(ops) == 2:
            code.append('%s %s,%s' % (mn.upper(), reg(ops[0], mn[0] == 'l'),
                                      mem(ops[1])))
            if ops[1].endswith('!'):
                b = a64_reg(ops[1][1:].split(',')[0])[1:]
                after = dict(cur)
                a64_transfer(after, mn, ops)
                if b not in after or b not in cur:
                    raise Unlifted('writeback to %s' % ops[1])
                code.append('MOV X%s,%s' % (b, sym_reg(resolve(*after[b][:2]))))
        elif mn == 'mov' and len(ops) == 2:
            code.append('MOV %s,%s' % (reg(ops[0], True), reg_or_imm(ops[1])))
        elif mn in ('add', 'sub') and len(ops) == 4 and \
                re.fullmatch(r'(sxtw|uxtw|lsl) #?\d+', ops[3]):
            ext, amount = ops[3].replace('#', '').split()
            code.append('%s %s,%s,%s,%s #%s' % (mn.upper(), reg(ops[0], True),
                                                reg(ops[1]), reg(ops[2]),
                                                ext.upper(), amount))
        elif mn in ('add', 'sub', 'eor', 'and', 'orr') and len(ops) == 3:
            code.append('%s %s,%s,%s' % (mn.upper(), reg(ops[0], True), reg(ops[1]),
                                         reg_or_imm(ops[2])))
        elif mn == 'cmp' and len(ops) == 2:
            code.append('CMP %s,%s' % (reg(ops[0]), reg_or_imm(ops[1])))
        elif mn in ('cbz', 'cbnz') and len(ops) == 2 and ops[1].startswith('.L'):
            code.append('%s %s,L%s' % (mn.upper(), reg(ops[0]), ops[1][2:]))
        elif mn in ('tbz', 'tbnz') and len(ops) == 3 and ops[2].startswith('.L') \
                and a64_imm(ops[1]) is not None:
            code.append('%s %s,#%d,L%s' % (mn.upper(), reg(ops[0]),
                                           a64_imm(ops[1]), ops[2][2:]))
        elif (mn.startswith('b.') or mn[1:] in A64_COND) and len(mn) in (3, 4) \
                and len(ops) == 1 and ops[0].startswith('.L'):
            code.append('B.%s L%s' % (mn[-2:].upper(), ops[0][2:]))
        elif mn == 'b' and len(ops) == 1 and ops[0].startswith('.L'):
            code.append('B L%s' % ops[0][2:])
        elif mn == 'ret' and not ops:
            code.append('B Lend%s' % func[1:])
        elif mn == 'csel' and len(ops) == 4 and ops[3] in A64_COND:
            code.append('CSEL %s,%s,%s,%s' % (reg(ops[0], True), reg(ops[1]),
                                              reg(ops[2]), ops[3].upper()))
        elif mn == 'csinc' and len(ops) == 4 and ops[3] in A64_COND:
            code.append('CSINC %s,%s,%s,%s' % (reg(ops[0], True), reg(ops[1]),
                                               reg(ops[2]), ops[3].upper()))
        elif mn == 'cset' and len(ops) == 2 and ops[1] in A64_COND:
            z = reg(ops[0], True)[0] + 'ZR'
            code.append('CSINC %s,%s,%s,%s' % (reg(ops[0], True), z, z,
                                               A64_INV[ops[1]].upper()))
        elif mn in ('sxtw', 'uxtw') and len(ops) == 2:
            code.append('%s %s,%s' % (mn.upper(), reg(ops[0], True), reg(ops[1])))
        elif mn == 'lsl' and len(ops) == 3 and a64_imm(ops[2]) is not None:
            code.append('LSL %s,%s,#%d' % (reg(ops[0], True), reg(ops[1]),
                                           a64_imm(ops[2])))
        elif (mn == 'sbfiz' and len(ops) == 4 and a64_imm(ops[3]) == 32
              and a64_imm(ops[2]) is not None):
            # Sign-extend a word and shift it: herd7 has no SBFIZ.
            d = reg(ops[0], True)
            code.append('SXTW %s,W%s' % (d, reg(ops[1])[1:]))
            code.append('LSL %s,%s,#%d' % (d, d, a64_imm(ops[2])))
        elif mn == 'dmb' and ops in (['ish'], ['ishld'], ['ishst']):
            code.append('DMB %s' % ops[0].upper())
        elif mn == 'nop':
            pass
        else:
            raise Unlifted('instruction "%s"' % text)
    for kind, text, _ in lines:
        if kind == 'insn' and re.search(r'\b[wx](19|2[0-9])\b', text):
            raise Unlifted('callee-saved register in "%s"' % text)
    return th.finish('B Lend%s' % func[1:], 'Lend%s' % func[1:])


LIFTERS = {'aarch64': lift_aarch64}


# ---------------------------------------------------------------- RISC-V

RV_ABI = dict([('zero', 0), ('ra', 1), ('sp', 2), ('gp', 3), ('tp', 4),
               ('t0', 5), ('t1', 6), ('t2', 7), ('s0', 8), ('fp', 8),
               ('s1', 9)] + [('a%d' % i, 10 + i) for i in range(8)]
              + [('s%d' % i, 16 + i) for i in range(2, 12)]
              + [('t%d' % i, 25 + i) for i in range(3, 7)])
RV_SYM_REGS = ['x%d' % i for i in range(27, 19, -1)]
RV_OUT_REGS = ['x18', 'x19', 'x9']
# What herd7's RISC-V knows, as GCC prints it.
RV_ALU = {'add', 'addw', 'sub', 'subw', 'and', 'or', 'xor', 'sll', 'slt',
          'addi', 'addiw', 'andi', 'ori', 'xori', 'slli', 'slti'}
RV_BRANCH = {'beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu'}
RV_BRANCH_Z = {'beqz': ('beq', 0), 'bnez': ('bne', 0), 'bltz': ('blt', 0),
               'bgez': ('bge', 0), 'bgtz': ('blt', 1), 'blez': ('bge', 1)}
RV_BRANCH_SWAP = {'bgt': 'blt', 'ble': 'bge', 'bgtu': 'bltu', 'bleu': 'bgeu'}
RV_FENCES = {'rw,rw', 'r,rw', 'rw,w', 'r,r', 'w,w', 'rw,r', 'w,rw', 'r,w',
             'w,r'}


def rv_reg(op):
    o = op.strip()
    if o in RV_ABI:
        return 'x%d' % RV_ABI[o]
    if re.fullmatch(r'x([0-9]|[12][0-9]|3[01])', o):
        return o
    return None


def lift_riscv64(asm, func, params):
    lines = function_lines(asm, func)
    th = Thread(RV_SYM_REGS, RV_OUT_REGS)
    for i, loc in enumerate(params):
        th.init['x%d' % (10 + i)] = loc

    def sym_reg(sym):
        if not re.fullmatch(r'[A-Za-z_]\w*', sym):
            raise Unlifted('address of %s' % sym)
        return th.symbol(sym)

    def reg(op):
        r = rv_reg(op)
        if not r:
            raise Unlifted('operand %s' % op)
        if r in ('x2', 'x3', 'x4', 'x8', 'x9') or 18 <= int(r[1:]) <= 27:
            raise Unlifted('register %s (stack, globals or callee-saved)' % op)
        return r

    def imm(op):
        if re.fullmatch(r'-?\d+', op) and -2048 <= int(op) < 2048:
            return op
        raise Unlifted('immediate %s' % op)

    def mem(op):
        m = re.fullmatch(r'(-?\d+)\((\w+)\)', op)
        if m:
            # A non-zero offset reaches into an array (herd7 rejects an
            # offset into a scalar).
            return '%d(%s)' % (int(m.group(1)), reg(m.group(2)))
        if re.fullmatch(r'[A-Za-z_]\w*', op):
            return '0(%s)' % sym_reg(op)      # the assembler's symbol form
        raise Unlifted('addressing mode %s' % op)

    code = th.code
    end = 'Lend%s' % func[1:]
    for kind, text, extra in lines:
        if kind == 'label':
            code.append('L%s:' % text[2:])
            continue
        if kind == 'out':
            code.append('add %s,%s,x0' % (th.observe(text), reg(extra)))
            continue
        mn, rest = (text.split(None, 1) + [''])[:2]
        ops = split_ops(rest)
        label = ops[-1] if ops and ops[-1].startswith('.L') else None
        if mn in ('lw', 'ld') and len(ops) == 2:
            code.append('%s %s,%s' % (mn, reg(ops[0]), mem(ops[1])))
        elif mn in ('sw', 'sd') and len(ops) == 2:
            code.append('%s %s,%s' % (mn, reg(ops[0]), mem(ops[1])))
        elif mn in ('sw', 'sd') and len(ops) == 3 and rv_reg(ops[2]):
            # sw rs,sym,rt: the assembler forms sym's address in rt.
            code.append('%s %s,%s' % (mn, reg(ops[0]), mem(ops[1])))
            code.append('add %s,%s,x0' % (reg(ops[2]), sym_reg(ops[1])))
        elif mn in ('lla', 'la') and len(ops) == 2:
            code.append('add %s,%s,x0' % (reg(ops[0]), sym_reg(ops[1])))
        elif mn == 'li' and len(ops) == 2:
            code.append('addi %s,x0,%s' % (reg(ops[0]), imm(ops[1])))
        elif mn == 'mv' and len(ops) == 2:
            code.append('add %s,%s,x0' % (reg(ops[0]), reg(ops[1])))
        elif mn == 'sext.w' and len(ops) == 2:
            code.append('addiw %s,%s,0' % (reg(ops[0]), reg(ops[1])))
        elif mn in ('snez', 'seqz') and len(ops) == 2:
            # herd7 has no sltu or sltiu: v != 0 is the sign of v | -v.
            # x8 is the scratch (GCC's frame pointer, refused above).
            d, v = reg(ops[0]), reg(ops[1])
            code.append('sub x8,x0,%s' % v)
            code.append('or x8,x8,%s' % v)
            code.append('slt %s,x8,x0' % d)
            if mn == 'seqz':
                code.append('xori %s,%s,1' % (d, d))
        elif mn in RV_ALU and len(ops) == 3:
            last = imm(ops[2]) if mn.endswith('i') or mn == 'addiw' else reg(ops[2])
            code.append('%s %s,%s,%s' % (mn, reg(ops[0]), reg(ops[1]), last))
        elif mn in RV_BRANCH and len(ops) == 3 and label:
            code.append('%s %s,%s,L%s' % (mn, reg(ops[0]), reg(ops[1]), label[2:]))
        elif mn in RV_BRANCH_SWAP and len(ops) == 3 and label:
            code.append('%s %s,%s,L%s' % (RV_BRANCH_SWAP[mn], reg(ops[1]),
                                          reg(ops[0]), label[2:]))
        elif mn in RV_BRANCH_Z and len(ops) == 2 and label:
            b, swap = RV_BRANCH_Z[mn]
            a = [reg(ops[0]), 'x0']
            if swap:
                a.reverse()
            code.append('%s %s,%s,L%s' % (b, a[0], a[1], label[2:]))
        elif mn == 'j' and len(ops) == 1 and label:
            code.append('j L%s' % label[2:])
        elif mn == 'ret' and not ops:
            code.append('j %s' % end)
        elif mn == 'fence' and len(ops) == 2 and ','.join(ops) in RV_FENCES:
            code.append('fence %s' % ','.join(ops))
        elif mn == 'nop':
            pass
        else:
            raise Unlifted('instruction "%s"' % text)
    return th.finish('j %s' % end, end)


LIFTERS['riscv64'] = lift_riscv64


# ---------------------------------------------------------------- PowerPC

PPC_SYM_REGS = ['r%d' % i for i in range(31, 24, -1)]
PPC_OUT_REGS = ['r20', 'r21', 'r22']
PPC_ALU = {'add', 'subf', 'and', 'or', 'xor', 'mullw', 'addi', 'ori',
           'xori', 'andi.', 'mulli'}
PPC_BRANCH = {'beq', 'bne', 'blt', 'bge', 'bgt', 'ble'}
# herd7's PPC compares words only; its registers hold whole values, so the
# doubleword compares with a constant become word compares.
PPC_CMP = {'cmpwi': 'cmpwi', 'cmpdi': 'cmpwi', 'cmplwi': 'cmplwi',
           'cmpldi': 'cmplwi'}


def toc_entries(asm):
    """{.LCn: symbol} for the TOC entries that hold symbols' addresses."""
    return dict(re.findall(r'^(\.LC\d+):\s*\n\s*\.(?:quad|tc\s+[^,]*,)\s*'
                           r'\s*([A-Za-z_]\w*)\s*$', asm, re.M))


def lift_ppc64le(asm, func, params):
    lines = function_lines(asm, func)
    layout = data_layout(asm)
    tocs = toc_entries(asm)
    th = Thread(PPC_SYM_REGS, PPC_OUT_REGS)
    for i, loc in enumerate(params):
        th.init['r%d' % (3 + i)] = loc

    def sym_reg(sym, off=0):
        if sym.startswith('.LANCHOR'):
            if (sym, off) not in layout:
                raise Unlifted('no symbol at %s+%d' % (sym, off))
            sym, off = layout[(sym, off)], 0
        if off or not re.fullmatch(r'[A-Za-z_]\w*', sym):
            raise Unlifted('address %s+%d' % (sym, off))
        return th.symbol(sym)

    def reg(op):
        if not re.fullmatch(r'\d+', op) or int(op) > 31:
            raise Unlifted('operand %s' % op)
        if op in ('0', '1', '2', '13') or int(op) >= 14:
            raise Unlifted('register r%s (zero, stack, TOC or callee-saved)' % op)
        return 'r' + op

    def symref(text, suffix):
        m = re.fullmatch(r'([\w.]+?)(?:\+(\d+))?@toc@%s' % suffix, text)
        return (m.group(1), int(m.group(2) or 0)) if m else None

    # Symbol addresses being formed: register -> (symbol, offset), after an
    # addis of a TOC-relative high part.  Forgotten at each label.
    page = {}
    unsigned = False
    addr = {}       # register -> (symbol, offset) it holds the address of
    code = th.code
    end = 'Lend%s' % func[1:]
    for kind, text, extra in lines:
        if kind == 'label':
            page, addr = {}, {}
            code.append('L%s:' % text[2:])
            continue
        if kind == 'out':
            code.append('mr %s,%s' % (th.observe(text), reg(extra)))
            continue
        text = re.sub(r'^0:\s*', '', text)    # the global entry's label
        mn, rest = (text.split(None, 1) + [''])[:2]
        ops = split_ops(rest)
        if mn in ('addis', 'addi') and len(ops) == 3 and '.TOC.' in ops[2] \
                and ops[0] == '2':
            continue    # the TOC pointer's setup
        if mn == 'addis' and len(ops) == 3 and ops[1] == '2' and symref(ops[2], 'ha'):
            page[ops[0]] = symref(ops[2], 'ha')
            continue    # the register is written by what completes it
        m = re.fullmatch(r'([\w.+]+@toc@l)\((\d+)\)', ops[1]) if len(ops) == 2 else None
        if m:
            # A TOC-relative access completing an addis.
            base = m.group(2)
            lo = symref(m.group(1), 'l')
            if page.get(base) != lo:
                raise Unlifted('TOC access "%s" without its addis' % text)
            del page[base]
            sym, off = lo
            if mn == 'ld' and sym in tocs and off == 0:
                # A TOC entry: the address of a symbol defined elsewhere.
                code.append('mr %s,%s' % (reg(ops[0]), sym_reg(tocs[sym])))
                continue
            if mn not in ('lwz', 'ld', 'lwa', 'stw', 'std'):
                raise Unlifted('instruction "%s"' % text)
            code.append('%s %s,0(%s)' % (mn, reg(ops[0]), sym_reg(sym, off)))
            continue
        if mn == 'addi' and len(ops) == 3 and symref(ops[2], 'l'):
            if page.get(ops[1]) != symref(ops[2], 'l'):
                raise Unlifted('TOC address "%s" without its addis' % text)
            del page[ops[1]]
            addr[ops[0]] = symref(ops[2], 'l')
            code.append('mr %s,%s' % (reg(ops[0]), sym_reg(*addr[ops[0]])))
            continue
        if mn == 'addi' and len(ops) == 3 and ops[1] in addr \
                and re.fullmatch(r'-?\d+', ops[2]):
            # An address plus a constant: another symbol of the anchor.
            sym, off = addr[ops[1]]
            addr[ops[0]] = (sym, off + int(ops[2]))
            code.append('mr %s,%s' % (reg(ops[0]), sym_reg(*addr[ops[0]])))
            continue
        if mn == 'ori' and ops == ['2', '2', '0']:
            continue    # a nop that ends a dispatch group
        if ops and not mn.startswith(('st', 'cmp', 'b')):
            addr.pop(ops[0], None)
        for o in ops:
            r = re.sub(r'^-?\d+\((\d+)\)$', r'\1', o)
            if r in page:
                raise Unlifted('half-formed address in r%s: "%s"' % (r, text))
        if mn in ('lwz', 'ld', 'lwa', 'stw', 'std') and len(ops) == 2:
            mm = re.fullmatch(r'(-?\d+)\((\d+)\)', ops[1])
            if not mm:
                raise Unlifted('addressing mode %s' % ops[1])
            code.append('%s %s,%s(%s)' % (mn, reg(ops[0]), mm.group(1),
                                          reg(mm.group(2))))
        elif mn in ('lwzx', 'ldx', 'lwax', 'stwx', 'stdx') and len(ops) == 3:
            code.append('%s %s,%s,%s' % (mn, reg(ops[0]), reg(ops[1]), reg(ops[2])))
        elif mn == 'li' and len(ops) == 2 and re.fullmatch(r'-?\d+', ops[1]):
            code.append('li %s,%s' % (reg(ops[0]), ops[1]))
        elif mn == 'mr' and len(ops) == 2:
            code.append('mr %s,%s' % (reg(ops[0]), reg(ops[1])))
        elif mn == 'extsw' and len(ops) == 2:
            code.append('extsw %s,%s' % (reg(ops[0]), reg(ops[1])))
        elif mn == 'sldi' and len(ops) == 3 and re.fullmatch(r'\d+', ops[2]) \
                and int(ops[2]) < 16:
            # herd7 has no sldi: a multiplication by the power of two.
            code.append('mulli %s,%s,%d' % (reg(ops[0]), reg(ops[1]),
                                            1 << int(ops[2])))
        elif mn in PPC_ALU and len(ops) == 3:
            if re.fullmatch(r'-?(0x[0-9a-f]+|\d+)', ops[2]) and mn[-1] in 'i.':
                last = str(int(ops[2], 0))
            else:
                last = reg(ops[2])
            if mn in ('addi', 'ori', 'xori', 'andi.', 'mulli') and last.startswith('r'):
                raise Unlifted('operand %s' % ops[2])
            code.append('%s %s,%s,%s' % (mn, reg(ops[0]), reg(ops[1]), last))
        elif mn in PPC_CMP and mn.endswith('i') and len(ops) == 3 \
                and ops[0] == '0' and re.fullmatch(r'-?\d+', ops[2]):
            code.append('%s %s,%s' % (PPC_CMP[mn], reg(ops[1]), ops[2]))
            unsigned = False
        elif mn in ('cmpw', 'cmpd', 'cmplw', 'cmpld') and len(ops) == 3 \
                and ops[0] == '0':
            # herd7 cannot order two addresses (cmpw on pointers fails),
            # but subtracts them: compare the difference with 0, in r0
            # (GCC's own r0 is refused above).  It has no cmplw: after an
            # unsigned compare only beq and bne are lifted.
            code.append('subf r0,%s,%s' % (reg(ops[2]), reg(ops[1])))
            code.append('cmpwi r0,0')
            unsigned = mn[3] == 'l'
        elif mn in PPC_BRANCH and len(ops) == 2 and ops[0] == '0' \
                and ops[1].startswith('.L'):
            if unsigned and mn not in ('beq', 'bne'):
                raise Unlifted('%s after an unsigned compare' % mn)
            code.append('%s L%s' % (mn, ops[1][2:]))
        elif mn == 'b' and len(ops) == 1 and ops[0].startswith('.L'):
            code.append('b L%s' % ops[0][2:])
        elif mn == 'blr' and not ops:
            code.append('b %s' % end)
        elif mn[:-2] in PPC_BRANCH and mn.endswith('lr') and ops == ['0']:
            code.append('%s %s' % (mn[:-2], end))    # a conditional return
        elif mn in ('sync', 'lwsync', 'isync') and not ops:
            code.append(mn)
        elif mn == 'nop':
            pass
        else:
            raise Unlifted('instruction "%s"' % text)
        if mn in PPC_BRANCH or mn in ('b', 'blr'):
            page = {}
    return th.finish('b %s' % end, end)


LIFTERS['ppc64le'] = lift_ppc64le


# One function each lifter must translate, and forms it must refuse: a
# lifter that passed over an instruction it does not know would let a
# broken dependency through unseen.
SELF_TEST = {
    'aarch64': ('\tldr\tw1, [x0]\n\tcbz\tw1, .L2\n\tstr\tw1, [x1]\n.L2:\n\tret\n',
                ['\tbl\tf\n', '\tldrsw\tx1, [x0]\n', '\tldr\tw1, [x0, #:got_lo12:x]\n',
                 '\tstp\tx29, x30, [sp, -16]!\n', '\tldr\tw1, [x0], 4\n',
                 '\t.inst\t0xd503201f\n', '\t.word\t0\n']),
    'riscv64': ('\tlw\ta5,0(a0)\n\tbeq\ta5,zero,.L2\n\tsw\ta5,0(a1)\n.L2:\n\tret\n',
                ['\tcall\tf\n', '\tlw\ta5,%lo(x)(a0)\n', '\tsd\tra,8(sp)\n',
                 '\tamoadd.w\ta5,a5,0(a0)\n']),
    'ppc64le': ('\tlwz 9,0(3)\n\tcmpwi 0,9,0\n\tbeq 0,.L2\n\tstw 9,0(4)\n.L2:\n\tblr\n',
                ['\tbl f\n', '\tlwz 9,x@l(3)\n', '\tstd 0,16(1)\n',
                 '\tlwarx 9,0,3\n']),
}


def self_test():
    """The names of the lifters that fail their self test."""
    bad = []
    for target, (good, refused) in SELF_TEST.items():
        try:
            LIFTERS[target]('P0:\n' + good, 'P0', ['x', 'y'])
        except Unlifted:
            bad.append(target + ' (refuses a plain function)')
        for insn in refused:
            try:
                LIFTERS[target]('P0:\n' + insn + good, 'P0', ['x', 'y'])
                bad.append('%s (lifts %r)' % (target, insn.strip()))
            except Unlifted:
                pass
    return bad
