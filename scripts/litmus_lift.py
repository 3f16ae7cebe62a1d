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
the row is reported "not lifted", never passed.

This file holds what the lifters share; litmus_aarch64.py,
litmus_riscv64.py and litmus_ppc64le.py translate."""

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


def self_test(lifters):
    """The names of the lifters that fail their self test."""
    bad = []
    for target, (good, refused) in SELF_TEST.items():
        try:
            lifters[target]('P0:\n' + good, 'P0', ['x', 'y'])
        except Unlifted:
            bad.append(target + ' (refuses a plain function)')
        for insn in refused:
            try:
                lifters[target]('P0:\n' + insn + good, 'P0', ['x', 'y'])
                bad.append('%s (lifts %r)' % (target, insn.strip()))
            except Unlifted:
                pass
    return bad
