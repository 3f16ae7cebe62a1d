# SPDX-License-Identifier: GPL-2.0 OR MIT
"""Lift GCC's AArch64 assembly of one thread for herd7's AArch64 model
(scripts/litmus_lift.py says how a lifter works)."""

import re

from litmus_lift import (Thread, Unlifted, data_layout, function_lines,
                         split_ops)

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
