# SPDX-License-Identifier: GPL-2.0 OR MIT
"""Lift GCC's PowerPC assembly of one thread for herd7's PPC model
(scripts/litmus_lift.py says how a lifter works)."""

import re

from litmus_lift import (Thread, Unlifted, data_layout, function_lines,
                         split_ops)

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
        if mn[:-1] in PPC_BRANCH and mn[-1] in '+-':
            mn = mn[:-1]    # a static prediction hint
        if mn in PPC_BRANCH and len(ops) == 2 and ops[0] == '0' \
                and ops[1] == '$+4':
            # A branch to the next instruction: GCC's acquire load is
            # load, compare, this branch, isync (the control dependency
            # that isync completes).
            nxt = 'Lnext%sx%d' % (func[1:], len(code))
            code.append('%s %s' % (mn, nxt))
            code.append('%s:' % nxt)
            continue
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
