# SPDX-License-Identifier: GPL-2.0 OR MIT
"""What lkmm costs and keeps, measured side by side with and without the
plugin, into rows of (target, level, subject, metric, value) for
scripts/bench_render.py. Only measured values go in; ratios are the
renderer's arithmetic. Dependency facts are scripts/asm-check's (--batch),
the one assembly checker."""

import concurrent.futures
import os
import re
import shutil
import subprocess
import time

# The weakly ordered targets that get a column: (key, compiler).
TARGETS = [
    ('aarch64', 'aarch64-linux-gnu-gcc-12'),
    ('riscv64', 'riscv64-linux-gnu-gcc-12'),
    ('ppc64le', 'powerpc64le-linux-gnu-gcc-12'),
    ('ppc64', 'powerpc64-linux-gnu-gcc-12'),
    ('armhf', 'arm-linux-gnueabihf-gcc-12'),
]
ALPHA = ('alpha', 'alpha-linux-gnu-gcc-12')
X86 = ('x86-64', 'gcc-12')
COMPILERS = dict(TARGETS + [ALPHA, X86])
LEVELS = ['-O1', '-O2', '-O3', '-Os']
EX = 'docs/examples'

# docs/examples: (subject, file, function, check and its arguments).
PATTERNS = [
    ('A1', 'a1-const-addr.c', 'read_cfg', 'addr gp'),
    ('A2', 'a2-func-result.c', 'read_default', 'addr gp'),
    ('A3', 'a3-index.c', 'read_slot', 'addr cur'),
    ('A4', 'a4-rcu-list.c', 'walk_to_end', 'addr head+0'),
    ('C1', 'c1-hoisted-store.c', 'c1', 'ctrl a b'),
    ('C2', 'c2-merged-legs.c', 'c2', 'ctrl a b'),
    ('C5', 'c5-ifcvt.c', 'c5', 'ctrl a b'),
]
ALPHA_PATTERN = ('mb', 'alpha-mb.c', 'alpha_mb', 'fence gp')
STATUS = {'0': 'kept', '1': 'broken'}     # asm-check's exit status; else unknown
CSMITH_INC = '/usr/include/csmith'


def local_labels(body):
    """BODY with its local labels (.L5, .LC3, .LVL2) numbered from the
    function's start: GCC numbers them across the file, so a label lkmm adds
    in one function would renumber every later function's."""
    names = {}
    return [re.sub(r'\.L[A-Za-z_]*\d+\b',
                   lambda m: names.setdefault(m.group(0), '.L#%d' % len(names)), l)
            for l in body]


def now():
    return time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())


class Bench:
    def __init__(self, top, tmp, jobs, nfunc, seed, csmith_seeds, callgrind):
        self.top = top
        self.tmp = tmp
        self.jobs = jobs
        self.nfunc = nfunc
        self.seed = seed
        self.csmith_seeds = csmith_seeds
        self.callgrind = callgrind
        self.rows = []

    # ---- helpers -------------------------------------------------------
    def add(self, target, level, subject, metric, value):
        self.rows.append((target, level, subject, metric, str(value)))

    def get(self, target, level, subject, metric):
        return [r[4] for r in self.rows if r[:4] == (target, level, subject, metric)][0]

    def plugin(self, cc):
        return os.path.join(self.top, 'build', cc, 'lkmm.so')

    def run(self, argv, **kw):
        return subprocess.run(['nice'] + argv, cwd=self.top, text=True,
                              capture_output=True, **kw)

    def cc(self, cc, args, lkmm=False, extra=()):
        """Compile; retries while make rebuilds the plugin under us."""
        argv = [cc] + list(args) + (['-fplugin=' + self.plugin(cc)] if lkmm else []) + list(extra)
        for _ in range(6):
            p = self.run(argv)
            if p.returncode == 0:
                return
            if 'cannot load plugin' not in p.stderr:
                break
            time.sleep(5)
        raise SystemExit('bench: %s failed:\n%s' % (' '.join(argv), p.stderr[-2000:]))

    def text_size(self, cc, obj):
        """Bytes of the .text* sections of an object (size -A)."""
        size = cc.replace('gcc-12', 'size') if cc != 'gcc-12' else 'size'
        out = self.run([size, '-A', obj], env=dict(os.environ, LC_ALL='C')).stdout
        return sum(int(w[1]) for w in (l.split() for l in out.splitlines())
                   if len(w) >= 2 and w[0].startswith('.text') and w[1].isdigit())

    def asm_check(self, sfile, jobs):
        """asm-check --batch over JOBS ("FUNC CMD ARGS" lines): {(func, cmd):
        value} for counts and checks; bodies as {(func, 'body'): [lines]}."""
        man = sfile + '.man'
        with open(man, 'w') as f:
            f.write(''.join(j + '\n' for j in jobs))
        p = self.run([os.path.join(self.top, 'scripts/asm-check'), sfile, '--batch', man])
        if p.returncode != 0:
            raise SystemExit('bench: asm-check %s failed: %s' % (sfile, p.stderr))
        res = {}
        for line in p.stdout.splitlines():
            func, cmd, rest = (line.split(' ', 2) + [''])[:3]
            if cmd == 'body':
                res.setdefault((func, 'body'), []).append(rest)
            else:
                res[(func, cmd)] = rest
        return res

    def pool(self, fn, items):
        with concurrent.futures.ThreadPoolExecutor(self.jobs) as ex:
            return list(ex.map(fn, items))

    def out(self, *parts):
        return os.path.join(self.tmp, '-'.join(p.strip('-') for p in parts))

    # ---- the run -----------------------------------------------------
    def meta(self):
        git = subprocess.run(['git', 'describe', '--always', '--dirty'], cwd=self.top,
                             capture_output=True, text=True).stdout.strip()
        cpu = '?'
        for l in open('/proc/cpuinfo'):
            if l.startswith('model name'):
                cpu = l.split(':', 1)[1].strip()
                break
        self.add('-', '-', 'run', 'date', now())
        self.add('-', '-', 'run', 'commit', git or 'unknown')
        self.add('-', '-', 'run', 'cpu', cpu)
        self.add('-', '-', 'run', 'ncpu', os.cpu_count())
        self.add('-', '-', 'run', 'jobs', self.jobs)
        self.add('-', '-', 'corpus', 'nfunc', self.nfunc)
        self.add('-', '-', 'corpus', 'seed', self.seed)
        for key, cc in COMPILERS.items():
            v = subprocess.run([cc, '--version'], capture_output=True, text=True).stdout
            self.add(key, '-', 'compiler', 'version', v.splitlines()[0])

    def patterns(self):
        units = [(key, cc, lv, p) for key, cc in TARGETS for lv in LEVELS for p in PATTERNS]
        units += [(ALPHA[0], ALPHA[1], lv, ALPHA_PATTERN) for lv in LEVELS]

        def one(u):
            key, cc, lv, (subj, src, func, check) = u
            kind = check.split()[0]
            res = [(key, lv, subj, 'kind', kind)]
            for lkmm, side in ((False, 'without'), (True, 'with')):
                s = self.out('p', key, subj, lv, side) + '.s'
                self.cc(cc, [lv, '-I', EX, os.path.join(EX, src), '-S', '-o', s], lkmm)
                r = self.asm_check(s, ['%s count' % func, '%s %s' % (func, check)])
                res.append((key, lv, subj, 'insns_' + side, r.get((func, 'count'), '?')))
                res.append((key, lv, subj, 'dep_' + side,
                            STATUS.get(r.get((func, kind)), 'unknown')))
            return res
        for res in self.pool(one, units):
            for r in res:
                self.add(*r)

    def x86_examples(self):
        srcs = sorted(f for f in os.listdir(EX) if f.endswith('.c'))
        cc = X86[1]

        def one(u):
            src, lv = u
            size = {}
            for lkmm, side in ((False, 'without'), (True, 'with')):
                o = self.out('x', src, lv, side) + '.o'
                self.cc(cc, [lv, '-I', EX, os.path.join(EX, src), '-c', '-o', o], lkmm)
                size[side] = self.text_size(cc, o)
            return (X86[0], lv, src, 'text_delta', size['with'] - size['without'])
        for r in self.pool(one, [(s, lv) for s in srcs for lv in LEVELS]):
            self.add(*r)

    def gen_corpus(self):
        """Write the corpus; its file name, and its checks (man lines)."""
        c = os.path.join(self.tmp, 'corpus.c')
        man = os.path.join(self.tmp, 'corpus.man')
        subprocess.run([os.path.join(self.top, 'scripts/gen-corpus'), '-n', str(self.nfunc),
                        '-s', str(self.seed), c, man], check=True)
        self.corpus_c = c
        return c, [l.split() for l in open(man) if l.strip()]

    def corpus(self):
        c, checks = self.gen_corpus()
        text = open(c).read()
        self.add('-', '-', 'corpus', 'reads', len(re.findall(r'READ_ONCE\(|rcu_dereference\(', text)))
        for kind in ('addr', 'ctrl'):
            self.add('-', '-', 'corpus', kind + '_checks', sum(w[1] == kind for w in checks))
        funcs = ['fn%d' % i for i in range(self.nfunc)]
        jobs = [' '.join(w) for w in checks] + ['%s body' % f for f in funcs]

        def one(u):
            key, cc, lv = u
            s, size = {}, {}
            for lkmm, side in ((False, 'without'), (True, 'with')):
                s[side] = self.out('c', key, lv, side) + '.s'
                self.cc(cc, [lv, c, '-S', '-o', s[side]], lkmm)
                o = s[side][:-2] + '.o'
                self.cc(cc, ['-c', s[side], '-o', o])
                size[side] = self.text_size(cc, o)
            res = [(key, lv, 'corpus', 'text_' + side, size[side]) for side in size]
            if key == X86[0]:
                same = open(s['without']).read() == open(s['with']).read()
                return res + [(key, lv, 'corpus', 'asm_identical', 'yes' if same else 'no')]
            r = {side: self.asm_check(s[side], jobs) for side in s}
            for side in s:
                for kind in ('addr', 'ctrl'):
                    st = [r[side].get((w[0], kind)) for w in checks if w[1] == kind]
                    res.append((key, lv, 'corpus', '%s_broken_%s' % (kind, side), st.count('1')))
                    res.append((key, lv, 'corpus', '%s_unknown_%s' % (kind, side),
                                len(st) - st.count('1') - st.count('0')))
            # Functions GCC did not break (or that have nothing to break):
            # does lkmm still change their code, and make it longer?
            broken = {w[0] for w in checks if r['without'].get((w[0], w[1])) == '1'}
            same = changed = longer = 0
            for f in funcs:
                if f in broken:
                    continue
                b0 = local_labels(r['without'].get((f, 'body'), []))
                b1 = local_labels(r['with'].get((f, 'body'), []))
                same += 1
                if b0 != b1:
                    changed += 1
                    insn = lambda b: sum(not re.match(r'\S+:', l) for l in b)
                    longer += insn(b1) > insn(b0)
            res += [(key, lv, 'corpus', 'unbroken_funcs', same),
                    (key, lv, 'corpus', 'unbroken_changed', changed),
                    (key, lv, 'corpus', 'unbroken_longer', longer)]
            return res
        units = [(key, cc, lv) for key, cc in TARGETS + [X86] for lv in LEVELS]
        for res in self.pool(one, units):
            for r in res:
                self.add(*r)
        self.corpus_checks = checks

    def alpha(self):
        """mb on the corpus: the kernel's Alpha READ_ONCE() against lkmm's."""
        fence = ['%s fence %s' % (w[0], w[2]) for w in self.corpus_checks if w[1] == 'addr']
        cc = ALPHA[1]

        def one(lv):
            k = self.out('al', lv, 'kernel') + '.s'
            s = self.out('al', lv, 'with') + '.s'
            self.cc(cc, [lv, self.corpus_c, '-S', '-o', k, '-DKERNEL_ALPHA_RWONCE'])
            self.cc(cc, [lv, self.corpus_c, '-S', '-o', s], True)
            mb = lambda f: sum(bool(re.match(r'\s*mb\b', l)) for l in open(f))
            r = self.asm_check(s, fence)
            kept = sum(r.get(tuple(j.split()[:2])) == '0' for j in fence)
            return [('alpha', lv, 'corpus', 'mb_kernel', mb(k)),
                    ('alpha', lv, 'corpus', 'mb_with', mb(s)),
                    ('alpha', lv, 'corpus', 'fence_kept', kept),
                    ('alpha', lv, 'corpus', 'fence_checks', len(fence))]
        for res in self.pool(one, LEVELS):
            for r in res:
                self.add(*r)

    def acquire(self):
        """AArch64 load-acquires on the corpus at -O2: acquire=auto, plain
        and -flto, against acquire=always."""
        cc = TARGETS[0][1]
        modes = [('auto', []), ('auto_lto', ['-flto', '-ffat-lto-objects']),
                 ('always', ['-fplugin-arg-lkmm-acquire=always'])]

        def one(m):
            name, extra = m
            s = self.out('acq', name) + '.s'
            self.cc(cc, ['-O2', self.corpus_c, '-S', '-o', s], True, extra)
            n = sum(bool(re.match(r'\s*(ldar|ldapr)', l)) for l in open(s))
            return ('aarch64', '-O2', 'corpus', 'acquire_' + name, n)
        for r in self.pool(one, modes):
            self.add(*r)

    def gen_csmith(self):
        """Write the csmith programs; their file names (none without csmith)."""
        if not shutil.which('csmith') or not os.path.isdir(CSMITH_INC):
            return []
        files = []
        for seed in self.csmith_seeds:
            f = os.path.join(self.tmp, 'csmith%d.c' % seed)
            # csmith writes platform.info into its working directory.
            subprocess.run(['csmith', '--seed', str(seed), '-o', f], check=True,
                           capture_output=True, cwd=self.tmp)
            files.append(f)
        return files

    def csmith(self):
        """A few csmith programs: dense in volatile accesses."""
        files = self.gen_csmith()
        if not files:
            return []
        v = subprocess.run(['csmith', '--version'], capture_output=True, text=True,
                           cwd=self.tmp).stdout
        self.add('-', '-', 'csmith', 'version', v.splitlines()[0] if v else '?')
        self.add('-', '-', 'csmith', 'seeds', ' '.join(map(str, self.csmith_seeds)))
        text = ''.join(open(f).read() for f in files)
        self.add('-', '-', 'csmith', 'volatile', len(re.findall(r'\bvolatile\b', text)))

        def one(u):
            key, cc = u
            size = {'without': 0, 'with': 0}
            for f in files:
                for lkmm, side in ((False, 'without'), (True, 'with')):
                    o = self.out('cs', key, os.path.basename(f), side) + '.o'
                    self.cc(cc, ['-O2', '-w', '-I', CSMITH_INC, f, '-c', '-o', o], lkmm)
                    size[side] += self.text_size(cc, o)
            return [(key, '-O2', 'csmith', 'text_' + s, size[s]) for s in size]
        for res in self.pool(one, TARGETS + [X86]):
            for r in res:
                self.add(*r)
        return files

    def compile_cost(self, csmith_files):
        """Instructions executed by cc1 (callgrind: deterministic, not
        changed by load), aarch64 -O2: without, with, check mode."""
        cc = TARGETS[0][1]
        modes = [('without', False, []), ('with', True, []),
                 ('check', True, ['-fplugin-arg-lkmm-check'])]
        srcs = [('corpus', self.corpus_c, [])]
        srcs += [('csmith', f, ['-w', '-I', CSMITH_INC]) for f in csmith_files]

        def one(u):
            (subj, src, flags), (name, lkmm, extra) = u
            d = self.out('cg', subj, os.path.basename(src), name)
            os.makedirs(d, exist_ok=True)
            argv = ['valgrind', '--tool=callgrind', '--trace-children=yes',
                    '--callgrind-out-file=' + os.path.join(d, 'cg.%p'), cc, '-O2', '-S',
                    src, '-o', os.path.join(d, 'out.s')] + flags
            if lkmm:
                argv += ['-fplugin=' + self.plugin(cc)] + extra
            p = self.run(argv)
            if p.returncode != 0:
                raise SystemExit('bench: callgrind failed: %s' % p.stderr[-2000:])
            n = 0
            for f in os.listdir(d):
                if not f.startswith('cg.'):
                    continue
                t = open(os.path.join(d, f)).read()
                if re.search(r'^cmd:.*/cc1 ', t, re.M):
                    n += sum(int(x) for x in re.findall(r'^summary: (\d+)', t, re.M))
            return (subj, name, n)
        sums = {}
        for subj, name, n in self.pool(one, [(s, m) for s in srcs for m in modes]):
            sums[(subj, name)] = sums.get((subj, name), 0) + n
        for (subj, name), n in sorted(sums.items()):
            self.add('aarch64', '-O2', subj, 'cc1_' + name, n)
        # A later --quick run keeps these rows: they say when they were made.
        self.add('-', '-', 'cc1', 'date', self.get('-', '-', 'run', 'date'))
        self.add('-', '-', 'cc1', 'commit', self.get('-', '-', 'run', 'commit'))

    def cost_only(self, log):
        """The compile-cost rows alone (scripts/bench --cost): the corpus
        and the csmith programs are generated as a full run makes them."""
        self.meta()
        self.gen_corpus()
        files = self.gen_csmith()
        if not files:
            log('csmith: not installed (scripts/install-deps --bench): skipped')
        log('compile cost (callgrind) ...')
        self.compile_cost(files)
        return [r for r in self.rows if r[3].startswith('cc1_') or r[2] == 'cc1']

    def all(self, log):
        t0 = time.time()
        self.meta()
        steps = [('patterns', self.patterns), ('x86-64 examples', self.x86_examples),
                 ('corpus', self.corpus), ('alpha mb', self.alpha),
                 ('acquire', self.acquire)]
        for name, fn in steps:
            log('%s ...' % name)
            fn()
        log('csmith ...')
        files = self.csmith()
        if not files:
            log('csmith: not installed (scripts/install-deps --bench): skipped')
        if self.callgrind and not shutil.which('valgrind'):
            log('compile cost: valgrind is not installed (scripts/install-deps --bench): skipped')
        elif self.callgrind:
            log('compile cost (callgrind, the slow part) ...')
            self.compile_cost(files)
        self.add('-', '-', 'run', 'seconds', int(time.time() - t0))
        return self.rows
