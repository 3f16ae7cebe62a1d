# SPDX-License-Identifier: GPL-2.0 OR MIT
"""Write docs/benchmarks.md from the template docs/benchmarks.md.in and the
rows scripts/bench measured (target, level, subject, metric, value). The
template holds the prose and the goals; every figure comes from the rows.

In the template, @@NAME ARGS@@ is replaced by FILLS[NAME](ARGS...):
  @@fig FIGURE@@          a figure (FIGURES below), or "not measured"
  @@met FIGURE LIMIT@@    whether FIGURE <= LIMIT: met / **not met**
  @@kernel LIMIT@@        the kernel table, each ratio against LIMIT
  @@value SUBJECT METRIC@@ a run-wide value (target and level "-")
  and the tables: @@patterns addr|ctrl@@, @@corpus_ratio@@, ..."""

import re

COLUMNS = [('aarch64', 'AArch64'), ('riscv64', 'RISC-V 64'), ('ppc64le', 'PowerPC 64 LE'),
           ('ppc64', 'PowerPC 64 BE'), ('armhf', '32-bit ARM')]
LEVELS = ['-O1', '-O2', '-O3', '-Os']
PATTERN_NAMES = {'A1': 'A1 constant address', 'A2': 'A2 function result',
                 'A3': 'A3 tested index', 'A4': 'A4 RCU list walk',
                 'C1': 'C1 hoisted stores', 'C2': 'C2 merged legs',
                 'C5': 'C5 if-converted (ctrl_dep)', 'mb': 'Alpha mb placement'}
KERNEL_ARCHS = [('aarch64', 'arm64'), ('riscv64', 'riscv64'), ('ppc64le', 'ppc64le'),
                ('armhf', 'arm (32-bit)'), ('alpha', 'Alpha')]
NOT_MEASURED = 'not measured in this run'
# How to get an architecture's kernel pair, for the rows without one.
KERNEL_HOWTO = {
    'armhf': '`make bench-kernel` does not build 32-bit arm; `scripts/kernel-check --arch arm '
             '--modes "plain lkmm" --out DIR` does (multi_v7_defconfig), then '
             '`scripts/bench --kernel --kernel-from DIR`',
    '-': '`make bench-kernel` builds it (arm64: about 370 s of CPU per build of `kernel/` and '
         '`mm/`, Alpha about 150 s), or `scripts/kernel-check --modes "plain lkmm" --out DIR` '
         'then `scripts/bench --kernel --kernel-from DIR`',
}
# The kernel .text goal is 1.001: a fifth place, so that rounding never
# turns 1.00104 into a met 1.0010.
KTEXT_PLACES = 5


class Rows:
    def __init__(self, rows):
        self.rows = rows
        self.d = {tuple(r[:4]): r[4] for r in rows}

    def get(self, t, lv, subj, metric):
        return self.d.get((t, lv, subj, metric))

    def num(self, t, lv, subj, metric):
        v = self.get(t, lv, subj, metric)
        try:
            return float(v) if v is not None else None
        except ValueError:
            return None

    def has(self, t, subj):
        return any(r[0] == t and r[2] == subj for r in self.rows)


def ratio(a, b, places=4):
    if a is None or b is None or not a:
        return None
    return round(b / a, places)


def fmt(x, places=4):
    if x is None:
        return '-'
    if isinstance(x, float) and not x.is_integer():
        return '%.*f' % (places, x)
    return '%d' % x


def table(head, rows):
    return '\n'.join(['| ' + ' | '.join(head) + ' |', '|' + '---|' * len(head)] +
                     ['| ' + ' | '.join(r) + ' |' for r in rows])


def verdict(x, limit):
    if x is None:
        return NOT_MEASURED
    return 'met' if x <= float(limit) else '**not met**'


class Render:
    def __init__(self, rows):
        self.r = Rows(rows)

    # ---- figures for the goals -------------------------------------
    def figure(self, name):
        r = self.r
        m = re.match(r'cc1_(with|check)_(corpus|csmith)$', name)
        if m:
            return ratio(r.num('aarch64', '-O2', m.group(2), 'cc1_without'),
                         r.num('aarch64', '-O2', m.group(2), 'cc1_' + m.group(1)))
        if name == 'alpha_mb':      # the worst level of the corpus
            rs = [ratio(r.num('alpha', lv, 'corpus', 'mb_kernel'),
                        r.num('alpha', lv, 'corpus', 'mb_with'), 3) for lv in LEVELS]
            return max(rs) if None not in rs else None
        m = re.match(r'acquire_(auto|auto_lto)$', name)
        if m:
            return ratio(r.num('aarch64', '-O2', 'corpus', 'acquire_always'),
                         r.num('aarch64', '-O2', 'corpus', name), 3)
        if name == 'broken_with':   # dependencies broken with lkmm, anywhere
            ns = [float(x[4]) for x in r.rows
                  if re.match(r'(addr|ctrl)_broken_with$', x[3])]
            ns += [1.0 for x in r.rows if x[3] == 'dep_with' and x[4] != 'kept']
            ns += [r.num('alpha', lv, 'corpus', 'fence_checks') -
                   r.num('alpha', lv, 'corpus', 'fence_kept') for lv in LEVELS
                   if r.num('alpha', lv, 'corpus', 'fence_kept') is not None]
            return sum(ns) if ns else None
        if name == 'x86_changed':   # x86-64 compiles whose code lkmm changed
            x86 = [x for x in r.rows if x[0] == 'x86-64']
            ns = [x[4] not in ('0', 'yes') for x in x86
                  if x[3] in ('text_delta', 'asm_identical')]
            ns += [x[4] != r.get('x86-64', x[1], x[2], 'text_without') for x in x86
                   if x[3] == 'text_with']
            return float(sum(ns)) if ns else None
        m = re.match(r'kernel_(text|cpu)_(\w+)$', name)
        if m:
            w = {'text': 'text_', 'cpu': 'cpu_'}[m.group(1)]
            return ratio(r.num(m.group(2), '-', 'kernel', w + 'without'),
                         r.num(m.group(2), '-', 'kernel', w + 'with'), KTEXT_PLACES)
        if name == 'kernel_acquire':    # promoted: auto against always
            n = lambda m: r.num('aarch64', '-', 'kernel', 'acquire_' + m)
            if n('always') is None:
                return None
            return ratio(n('always') - n('without'), n('auto') - n('without'), 3)
        if name == 'kernel_mb':         # the mb READ_ONCE() brings: lkmm's against the kernel's
            n = lambda m: r.num('alpha', '-', 'kernel', 'mb_' + m)
            if n('kernel') is None:
                return None
            return ratio(n('kernel') - n('nomb'), n('with') - n('nomb'), 3)
        raise SystemExit('bench_render: unknown figure %s' % name)

    def fig(self, name):
        x = self.figure(name)
        places = 3 if re.search(r'mb|acquire', name) else 4
        if name.startswith('kernel_text'):
            places = KTEXT_PLACES
        if x is None:
            return NOT_MEASURED
        date = self.r.get('-', '-', 'cc1', 'date')
        if name.startswith('cc1_') and date != self.r.get('-', '-', 'run', 'date'):
            return '%s (run of %s)' % (fmt(x, places), date)
        return fmt(x, places)

    def met(self, name, limit):
        return verdict(self.figure(name), limit)

    def value(self, subj, metric):
        v = self.r.get('-', '-', subj, metric)
        return NOT_MEASURED if v is None else v

    # ---- the run -----------------------------------------------------
    def run(self):
        r = self.r
        secs = r.num('-', '-', 'run', 'seconds')
        return ('Measured %s by `make bench` (scripts/bench) at lkmm %s, on %s CPUs (%s), '
                '%s compiles at a time under `nice`, on a machine shared with other work; '
                'the whole run took %s min.' % (
                    r.get('-', '-', 'run', 'date'), r.get('-', '-', 'run', 'commit'),
                    r.get('-', '-', 'run', 'ncpu'), r.get('-', '-', 'run', 'cpu'),
                    r.get('-', '-', 'run', 'jobs'), fmt(secs / 60.0 if secs else None, 1)))

    def compilers(self):
        keys = [k for k, _ in COLUMNS] + ['alpha', 'x86-64']
        return '\n'.join('- %s: %s' % (k, self.r.get(k, '-', 'compiler', 'version'))
                         for k in keys if self.r.get(k, '-', 'compiler', 'version'))

    # ---- patterns ----------------------------------------------------
    def cell(self, t, lv, subj):
        g = lambda m: self.r.get(t, lv, subj, m)
        if g('insns_without') is None:
            return '-'
        st = lambda m: {'kept': 'k', 'broken': 'b'}.get(g(m), '?')
        return '%s → %s (%s→%s)' % (g('insns_without'), g('insns_with'),
                                    st('dep_without'), st('dep_with'))

    def patterns(self, kind):
        subjects = [s for s in PATTERN_NAMES if self.r.get('aarch64', '-O2', s, 'kind') == kind]
        rows = []
        for s in subjects:
            for lv in LEVELS:
                rows.append([PATTERN_NAMES[s], lv] + [self.cell(t, lv, s) for t, _ in COLUMNS])
        return table(['Pattern', 'Level'] + [n for _, n in COLUMNS], rows)

    def alpha_pattern(self):
        return table(['Pattern'] + LEVELS,
                     [[PATTERN_NAMES['mb']] + [self.cell('alpha', lv, 'mb') for lv in LEVELS]])

    def x86_examples(self):
        srcs = sorted({x[2] for x in self.r.rows if x[0] == 'x86-64' and x[3] == 'text_delta'})
        return table(['Example'] + LEVELS,
                     [[s] + [self.r.get('x86-64', lv, s, 'text_delta') or '-' for lv in LEVELS]
                      for s in srcs])

    # ---- corpus ------------------------------------------------------
    def corpus_ratio(self, subj='corpus'):
        rows = []
        for lv in LEVELS:
            row = [lv]
            for t, _ in COLUMNS:
                a = self.r.num(t, lv, subj, 'text_without')
                b = self.r.num(t, lv, subj, 'text_with')
                row.append('-' if a is None else '%s (%d → %d)' % (fmt(ratio(a, b)), a, b))
            rows.append(row)
        return table(['Level'] + [n for _, n in COLUMNS], rows)

    def corpus_broken(self):
        rows = []
        for lv in LEVELS:
            row = [lv]
            for t, _ in COLUMNS:
                g = lambda m: self.r.get(t, lv, 'corpus', m)
                if g('addr_broken_without') is None:
                    row.append('-')
                    continue
                row.append('addr %s → %s, ctrl %s → %s' % (
                    g('addr_broken_without'), g('addr_broken_with'),
                    g('ctrl_broken_without'), g('ctrl_broken_with')))
            rows.append(row)
        return table(['Level'] + [n for _, n in COLUMNS], rows)

    def corpus_detail(self):
        rows = []
        for t, name in COLUMNS:
            for lv in LEVELS:
                n = lambda m: self.r.num(t, lv, 'corpus', m)
                if n('text_without') is None:
                    continue
                fixed = (n('addr_broken_without') + n('ctrl_broken_without') -
                         n('addr_broken_with') - n('ctrl_broken_with'))
                extra = n('text_with') - n('text_without')
                unknown = sum(n('%s_unknown_%s' % (k, s)) for k in ('addr', 'ctrl')
                              for s in ('without', 'with'))
                rows.append([name, lv, fmt(extra), fmt(extra / fixed, 1) if fixed else '-',
                             '%s of %s (%s longer)' % (fmt(n('unbroken_changed')),
                                                       fmt(n('unbroken_funcs')),
                                                       fmt(n('unbroken_longer'))),
                             fmt(unknown)])
        return table(['Target', 'Level', 'extra `.text` bytes', 'per dependency GCC broke',
                      'functions GCC did not break, changed by lkmm',
                      'checks asm-check could not decide'], rows)

    def corpus_x86(self):
        rows = []
        for lv in LEVELS:
            a = self.r.num('x86-64', lv, 'corpus', 'text_without')
            b = self.r.num('x86-64', lv, 'corpus', 'text_with')
            if a is None:
                continue
            rows.append([lv, fmt(a), fmt(b - a), self.r.get('x86-64', lv, 'corpus', 'asm_identical')])
        return table(['Level', '`.text` without', 'with minus without', '`.s` identical'], rows)

    # ---- csmith, compile cost, Alpha, acquire --------------------------
    def csmith(self):
        rows = []
        for t, name in COLUMNS + [('x86-64', 'x86-64')]:
            a = self.r.num(t, '-O2', 'csmith', 'text_without')
            b = self.r.num(t, '-O2', 'csmith', 'text_with')
            if a is not None:
                rows.append([name, fmt(a), fmt(b), fmt(ratio(a, b))])
        if not rows:
            return ('Not measured in this run: csmith and its headers are not installed '
                    '(`scripts/install-deps --bench` installs them).')
        return table(['Target, -O2', '`.text` without', 'with', 'ratio'], rows)

    def compile_cost(self):
        rows = []
        for subj, what in (('corpus', 'the corpus'), ('csmith', 'the csmith programs')):
            n0 = self.r.num('aarch64', '-O2', subj, 'cc1_without')
            if n0 is None:
                rows.append([what, NOT_MEASURED, '', ''])
                continue
            for m, label in (('without', 'without lkmm'), ('with', 'with lkmm'),
                             ('check', 'lkmm check mode')):
                n = self.r.num('aarch64', '-O2', subj, 'cc1_' + m)
                rows.append([what, label, fmt(n), fmt(ratio(n0, n))])
        t = table(['aarch64-linux-gnu-gcc-12 -O2', 'Compile', 'cc1 instructions', 'ratio'], rows)
        date, commit = self.r.get('-', '-', 'cc1', 'date'), self.r.get('-', '-', 'cc1', 'commit')
        if date and date != self.r.get('-', '-', 'run', 'date'):
            t = ('**Measured apart from the other figures** (a `--quick` run keeps them, '
                 '`--cost` measures them alone): on %s at lkmm %s.\n\n' % (date, commit)) + t
        return t

    def alpha_mb(self):
        rows = []
        for lv in LEVELS:
            n = lambda m: self.r.num('alpha', lv, 'corpus', m)
            if n('mb_kernel') is None:
                continue
            rows.append([lv, fmt(n('mb_kernel')), fmt(n('mb_with')),
                         fmt(ratio(n('mb_kernel'), n('mb_with'), 3), 3),
                         '%s of %s' % (fmt(n('fence_kept')), fmt(n('fence_checks')))])
        return table(['Level', "kernel READ_ONCE() (mb after each), without lkmm",
                      'plain READ_ONCE() with lkmm', 'ratio',
                      'address-dependency functions with their mb where needed'], rows)

    def acquire(self):
        n = lambda m: self.r.num('aarch64', '-O2', 'corpus', 'acquire_' + m)
        al = n('always')
        rows = [['auto', 'plain', fmt(n('auto')), fmt(ratio(al, n('auto'), 3), 3)],
                ['auto', '-flto (fat objects)', fmt(n('auto_lto')), fmt(ratio(al, n('auto_lto'), 3), 3)],
                ['always', 'plain', fmt(al), '1']]
        return table(['acquire=', 'compile', 'ldar/ldapr', 'against always'], rows)

    # ---- kernel --------------------------------------------------------
    def kernel(self, limit):
        rows = []
        run_date = self.r.get('-', '-', 'run', 'date')
        for t, name in KERNEL_ARCHS:
            g = lambda m: self.r.get(t, '-', 'kernel', m)
            if g('text_without') is None:
                rows.append([name, '-', '-', '-', '-', NOT_MEASURED,
                             'no plain and plugin build of this architecture was at hand: '
                             + KERNEL_HOWTO.get(t, KERNEL_HOWTO['-'])])
                continue
            a, b = float(g('text_without')), float(g('text_with'))
            when = ('read by this run' if g('measured') == run_date else
                    'read %s by another run' % g('measured'))
            if g('source_without') in (None, g('source')):
                where = 'in `%s`' % g('source')
            else:
                where = 'in `%s` (without) and `%s` (with)' % (g('source_without'), g('source'))
            x = ratio(a, b, KTEXT_PLACES)
            rows.append([name, g('objects'), fmt(a), fmt(b), fmt(x, KTEXT_PLACES),
                         verdict(x, limit),
                         '%s from builds of %s (without) and %s (with, mode %s) %s' % (
                             when, g('built_without'), g('built_with'), g('mode'), where)])
        return table(['Architecture', 'C objects', '`.text` without', 'with', 'ratio',
                      '≤ %s' % limit, 'measured'], rows)

    def kernel_growth(self):
        out = []
        for t, name in KERNEL_ARCHS:
            objs = [(x[3], x[4]) for x in self.r.rows
                    if x[0] == t and x[2] == 'kernel-object']
            if objs:
                out.append('- %s: %s' % (name, ', '.join('`%s` %+d' % (o, int(v)) for o, v in objs)))
        return '\n'.join(out) or '- ' + NOT_MEASURED

    def kernel_extra(self):
        """CPU time, acquire and Alpha mb figures, when their builds were there."""
        rows = []
        for t, name in KERNEL_ARCHS:
            n = lambda m: self.r.num(t, '-', 'kernel', m)
            if n('cpu_without') is not None:
                rows.append(['%s compile CPU time, user + sys s (built side by side)' % name,
                             fmt(n('cpu_without'), 1), fmt(n('cpu_with'), 1),
                             fmt(ratio(n('cpu_without'), n('cpu_with')))])
            if n('acquire_always') is not None:
                a, w = n('acquire_auto') - n('acquire_without'), n('acquire_always') - n('acquire_without')
                rows.append(['%s loads promoted to acquire: acquire=always → auto, %s objects' % (
                    name, fmt(n('acquire_objects'))), fmt(w), fmt(a), fmt(ratio(w, a, 3), 3)])
            if n('mb_kernel') is not None:
                k, l, o = n('mb_kernel'), n('mb_with'), n('mb_nomb')
                rows.append(['%s `mb`, all: kernel READ_ONCE() → lkmm, %s objects' % (
                    name, fmt(n('mb_objects'))), fmt(k), fmt(l), fmt(ratio(k, l, 3), 3)])
                rows.append(['%s `mb` from READ_ONCE() → placed by lkmm (less the %s of the nomb build)' % (
                    name, fmt(o)), fmt(k - o), fmt(l - o), fmt(ratio(k - o, l - o, 3), 3)])
        if not rows:
            return ('Not measured in this run (they need `scripts/bench --kernel`\'s '
                    'side-by-side, `always` and `nomb` builds).')
        return table(['Figure', 'reference', 'lkmm', 'ratio'], rows)


def render(rows, template):
    r = Render(rows)
    fills = {
        'fig': r.fig, 'met': r.met, 'value': r.value, 'run': r.run,
        'compilers': r.compilers, 'patterns': r.patterns, 'alpha_pattern': r.alpha_pattern,
        'x86_examples': r.x86_examples, 'corpus_ratio': r.corpus_ratio,
        'corpus_broken': r.corpus_broken, 'corpus_detail': r.corpus_detail,
        'corpus_x86': r.corpus_x86, 'csmith': r.csmith, 'compile_cost': r.compile_cost,
        'alpha_mb': r.alpha_mb, 'acquire': r.acquire, 'kernel': r.kernel,
        'kernel_growth': r.kernel_growth, 'kernel_extra': r.kernel_extra,
    }

    def one(m):
        w = m.group(1).split()
        if w[0] not in fills:
            raise SystemExit('bench_render: unknown fill @@%s@@' % m.group(1))
        return str(fills[w[0]](*w[1:]))
    return re.sub(r'@@([^@]+)@@', one, template)
