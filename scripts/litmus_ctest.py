# SPDX-License-Identifier: GPL-2.0 OR MIT
"""C litmus tests in herd's format: parse one, and write its threads as C
functions that a cross compiler turns into the code the kernel would run.

A thread P0(int *x, int **p) becomes a function of the same name.  Its
shared variables stay pointer parameters (the kernel's tests), or, with
"(* litmus-check: globals *)" in the test, become globals defined in the
file so that GCC sees their addresses as constants (the A1 shape).
"(* litmus-check: ctrl-dep *)" wraps each condition in ctrl_dep() and
"(* litmus-check: plain-stores P0 *)" makes P0's WRITE_ONCE()s plain
stores: herd7 knows neither, the compiled code needs both (C5).
"(* litmus-check: lto FILE.c *)" builds the threads with FILE.c (beside
the test), the second unit, through -flto; each "(* litmus-check:
lto-call P0 OLD => NEW *)" replaces the first OLD left in P0 by NEW, a
call into that unit (herd7's C has no calls).  The
registers the final condition reads are made observable with LITMUS_OUT,
which names their machine register at the thread's end."""

import os
import re

# What a thread may call: litmus/litmus.h defines these.
SUPPORTED = {
    'READ_ONCE', 'WRITE_ONCE', 'smp_load_acquire', 'smp_store_release',
    'rcu_dereference', 'rcu_assign_pointer', 'rcu_read_lock',
    'rcu_read_unlock', 'smp_mb', 'smp_rmb', 'smp_wmb', 'barrier',
    'ctrl_dep', 'if', 'while', 'for', 'return', 'sizeof', 'switch',
}


class Test:
    def __init__(self, path, text):
        self.path = path
        self.text = text
        self.name = ''
        self.init = []          # (location, value) from the init block
        self.reg_init = []      # "N:r=v" items: not supported
        self.threads = []       # (name, [(type, param)], body)
        self.final = ''         # exists / ~exists / forall / filter ... text
        self.directives = {}
        self.loc_types = {}     # location -> C type of its value
        self.arrays = {}        # location -> number of elements
        self.parse()

    def parse(self):
        text = self.text
        for m in re.finditer(r'\(\*\s*litmus-check:\s*([\w-]+)\s*(.*?)\s*\*\)', text):
            self.directives.setdefault(m.group(1), []).append(m.group(2))
        # A comment opens with "(*" and a space: READ_ONCE(*x) is code.
        nocomment = re.sub(r'\(\*\s.*?\*\)', '', text, flags=re.S)
        nocomment = re.sub(r'//[^\n]*', '', nocomment)
        first, rest = nocomment.split('\n', 1)
        self.name = first.split()[1]
        i = rest.index('{')
        j = rest.index('}', i)
        for item in rest[i + 1:j].replace('\n', ' ').split(';'):
            item = item.strip()
            if not item:
                continue
            lhs, _, val = item.partition('=')
            lhs = lhs.strip()
            if re.match(r'^\d+:', lhs):
                self.reg_init.append(item)
                continue
            words = lhs.replace('*', ' * ').split()
            name = words[-1]
            am = re.fullmatch(r'(\w+)\[(\d+)\]', name)
            if am:
                # An array: herd7 sets it to zeros; no value.
                name = am.group(1)
                self.arrays[name] = int(am.group(2))
                self.loc_types[name] = ' '.join(words[:-1])
                continue
            if len(words) > 1:
                self.loc_types[name] = ' '.join(words[:-1]).replace(' *', '*')
            self.init.append((name, val.strip() or '0'))
        pos = j + 1
        thread_re = re.compile(r'\s*(P\d+)\s*\(([^)]*)\)\s*\{')
        while True:
            m = thread_re.match(rest, pos)
            if not m:
                break
            depth, k = 1, m.end()
            while depth:
                depth += {'{': 1, '}': -1}.get(rest[k], 0)
                k += 1
            params = []
            for p in m.group(2).split(','):
                p = p.strip()
                if p:
                    pm = re.match(r'(.*?)(\w+)$', p)
                    params.append((pm.group(1).replace(' ', ''), pm.group(2)))
            self.threads.append((m.group(1), params, rest[m.end():k - 1]))
            pos = k
        self.final = rest[pos:].strip()
        for _, params, _ in self.threads:
            for ptype, pname in params:
                # int *x: location x holds an int; int **p: an int *.
                if ptype.endswith('*'):
                    self.loc_types.setdefault(pname, ptype[:-1])

    def final_regs(self):
        """{thread number: [registers]} the final condition reads."""
        regs = {}
        for n, r in re.findall(r'\b(\d+):(\w+)', self.final):
            lst = regs.setdefault(int(n), [])
            if r not in lst:
                lst.append(r)
        return regs

    def unsupported(self):
        """Why the threads cannot be compiled and lifted, or None."""
        if self.reg_init:
            return 'register initialized in the init block'
        for _, params, body in self.threads:
            for ptype, pname in params:
                if not re.fullmatch(r'int\*+', ptype):
                    return 'shared variable of type %s' % ptype
            for call in re.findall(r'\b([A-Za-z_]\w*)\s*\(', body):
                if call not in SUPPORTED:
                    return '%s() is not supported' % call
        return None

    def lto_unit(self):
        """The second unit's file name, beside the test, or None."""
        return (self.directives.get('lto') or [None])[0]

    def globals_mode(self):
        return 'globals' in self.directives


def c_source(test):
    """The threads as C functions, one file for every thread."""
    out = ['/* %s, written by scripts/litmus-check */' % test.name,
           '#include "litmus.h"', '']
    regs = test.final_regs()
    glob = test.globals_mode()
    if glob:
        locs = []
        for _, params, _ in test.threads:
            for _, pname in params:
                if pname not in locs:
                    locs.append(pname)
        for loc, _ in test.init:
            if loc not in locs:
                locs.append(loc)
        # GCC 12 lays out the section anchor in the order the functions
        # first use the globals: a test orders its threads for the layout.
        for loc in locs:
            out.append('%s %s;' % (test.loc_types.get(loc, 'int'), loc))
        # The name stands for the location's address, as a parameter did.
        for loc in locs:
            out.append('#define %s (&%s)' % (loc, loc))
        out.append('')
    if test.lto_unit():
        # The second unit's functions, declared as it defines them.
        lib = open(os.path.join(os.path.dirname(test.path),
                                test.lto_unit())).read()
        for sig in re.findall(r'^([A-Za-z_][\w \t*]*\([^)]*\))\s*\{', lib, re.M):
            out.append('%s;' % sig)
        out.append('')
    for name, params, body in test.threads:
        n = int(name[1:])
        # herd's registers start at 0; C's locals would start undefined.
        body = re.sub(r'^(\s*int\s*\**\s*\w+)\s*;', r'\1 = 0;', body,
                      flags=re.M)
        if 'ctrl-dep' in test.directives:
            # The author's mark for plain stores in the legs (herd7 has none).
            body = re.sub(r'\bif \((.*)\)\s*(\{?)\s*$', r'if (ctrl_dep(\1))\2',
                          body, flags=re.M)
        if name in ' '.join(test.directives.get('plain-stores', [])).split():
            body = re.sub(r'WRITE_ONCE\(\*(\w+),\s*(.*?)\);', r'*\1 = \2;',
                          body)
        for sub in test.directives.get('lto-call', []):
            thread, _, rule = sub.partition(' ')
            old, _, new = rule.partition(' => ')
            if thread == name:
                if old not in body:
                    raise ValueError('lto-call: no %r in %s' % (old, name))
                body = body.replace(old, new, 1)
        if glob:
            sig = 'void'
        else:
            sig = ', '.join('%s %s' % (t, p) for t, p in params) or 'void'
        outs = ''.join('\tLITMUS_OUT(%s);\n' % r for r in regs.get(n, []))
        out.append('void %s(%s)\n{%s%s}\n' % (name, sig, body.rstrip() + '\n',
                                              outs))
    return '\n'.join(out)
