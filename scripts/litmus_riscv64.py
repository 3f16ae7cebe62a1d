# SPDX-License-Identifier: GPL-2.0 OR MIT
"""Lift GCC's RISC-V assembly of one thread for herd7's RISC-V model
(scripts/litmus_lift.py says how a lifter works)."""

import re

from litmus_lift import Thread, Unlifted, function_lines, split_ops

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
