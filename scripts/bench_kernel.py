# SPDX-License-Identifier: GPL-2.0 OR MIT
"""The kernel figures, read from builds scripts/kernel-check left behind
(its --out directory: report.txt and the ARCH-MODE build directories), as
rows of (target, level, subject, metric, value) like bench_measure's. It
builds nothing: scripts/bench --kernel runs kernel-check first, or a
directory of an earlier run is passed (scripts/bench --kernel-from DIR).

Per architecture it needs a build without the plugin (plain) and one with
it (quiet, or else lkmm or warnall: verbose notes and warnings change no
code), and compares the C objects present in both.  Given several
directories, it takes each build from the first that has it."""

import os
import re
import subprocess
import time

# kernel-check's architecture -> (column key of docs/benchmarks.md, tool prefix)
ARCHS = {
    'arm64': ('aarch64', 'aarch64-linux-gnu-'),
    'riscv64': ('riscv64', 'riscv64-linux-gnu-'),
    'ppc64le': ('ppc64le', 'powerpc64le-linux-gnu-'),
    'arm': ('armhf', 'arm-linux-gnueabihf-'),
    'alpha': ('alpha', 'alpha-linux-gnu-'),
}
PLUGIN_MODES = ['quiet', 'lkmm', 'warnall']
# A C object: its .o.cmd compiles a .c file (as kernel-check counts them).
KOBJ_RE = re.compile(r'^(saved)?cmd_.* := .*gcc.* -c -o \S*\.o \S*\.c( |;|$)', re.M)
GROWTH_TOP = 4


def report_of(path):
    """(directory, its reports' text) for a report.txt or its directory:
    report.txt, and the report-*.txt that scripts/bench --kernel keeps of
    each kernel-check step (each step writes report.txt anew)."""
    d = os.path.dirname(path) if os.path.isfile(path) else path
    if not os.path.isdir(d):
        raise SystemExit('bench: %s: no such kernel-check directory' % path)
    reps = sorted(f for f in os.listdir(d) if re.match(r'report(-.*)?\.txt$', f))
    return d, ''.join(open(os.path.join(d, f)).read() for f in reps)


def c_objects(build, dirs):
    objs = set()
    for d in dirs:
        for root, _, files in os.walk(os.path.join(build, d)):
            for f in files:
                m = re.match(r'\.(.*\.o)\.cmd$', f)
                if not m or not os.path.isfile(os.path.join(root, m.group(1))):
                    continue
                if KOBJ_RE.search(open(os.path.join(root, f), errors='replace').read()):
                    objs.add(os.path.relpath(os.path.join(root, m.group(1)), build))
    return objs


def tool_out(tool, args, build, objs):
    out = []
    objs = sorted(objs)
    for i in range(0, len(objs), 200):
        out.append(subprocess.run(['nice', tool] + args + objs[i:i + 200], cwd=build,
                                  capture_output=True, text=True,
                                  env=dict(os.environ, LC_ALL='C')).stdout)
    return ''.join(out)


def text_sizes(prefix, build, objs):
    """{object: bytes of its section named .text} (size -A)."""
    sizes, cur = {}, None
    for line in tool_out(prefix + 'size', ['-A'], build, objs).splitlines():
        m = re.match(r'(\S+)\s+:$', line)
        if m:
            cur = m.group(1)
            sizes[cur] = 0
        elif cur and line.split()[:1] == ['.text']:
            sizes[cur] += int(line.split()[1])
    return sizes


def mnemonics(prefix, build, objs, regex):
    """Instructions whose mnemonic matches REGEX in objdump -d."""
    n = 0
    for line in tool_out(prefix + 'objdump', ['-d', '--no-show-raw-insn'], build, objs).splitlines():
        m = re.match(r'\s*[0-9a-f]+:\t(\S+)', line)
        n += bool(m and re.match(regex, m.group(1)))
    return n


def cpu_seconds(build):
    """user + sys of the timed build (kernel-check's ARCH-MODE/time)."""
    w = open(os.path.join(build, 'time')).read().split()
    return float(w[1]) + float(w[2])


def stamp(build):
    """When the timed build ended (its rc file)."""
    return time.strftime('%Y-%m-%d %H:%M UTC',
                         time.gmtime(os.path.getmtime(os.path.join(build, 'rc'))))


def built_ok(build):
    rc = os.path.join(build, 'rc')
    return os.path.isfile(rc) and open(rc).read().strip() == '0'


def find_build(reps, arch, modes):
    """(directory, mode) of the first directory of REPS holding a finished
    ARCH-MODE build, MODE tried in the order of MODES; (None, None) if none."""
    for d, _ in reps:
        for mo in modes:
            if built_ok(os.path.join(d, arch + '-' + mo)):
                return d, mo
    return None, None


def run_dirs(rep):
    """The kernel directories a kernel-check report says it built."""
    m = re.search(r'^kernel-check: ([^,]*),.* dirs: (.*)$', rep, re.M)
    return m.group(2).split() if m else ['kernel', 'mm']


def side_by_side(rep):
    side = set()
    for s in re.findall(r'building (.*) side by side', rep):
        side |= set(s.split())
    return side


def measure(paths, now):
    """The rows for every architecture with a plain and a plugin build in
    the kernel-check directories PATHS (each build from the first directory
    that has it: a plugin build made anew can be set against a plain build
    kept from before, which the plugin does not change); NOW is the run's
    date."""
    reps = [report_of(p) for p in paths]
    rows = []
    for arch, (key, prefix) in ARCHS.items():
        pd, _ = find_build(reps, arch, ['plain'])
        wd, mode = find_build(reps, arch, PLUGIN_MODES)
        if not pd or not wd:
            continue
        prep, wrep = dict(reps)[pd], dict(reps)[wd]
        dirs = run_dirs(wrep)
        if run_dirs(prep) != dirs:
            raise SystemExit('bench: %s built %s, %s built %s: not comparable' % (
                pd, ' '.join(run_dirs(prep)), wd, ' '.join(dirs)))
        plain = os.path.join(pd, arch + '-plain')
        with_ = os.path.join(wd, arch + '-' + mode)
        objs = c_objects(plain, dirs) & c_objects(with_, dirs)
        if not objs:
            continue
        add = lambda subj, metric, v: rows.append((key, '-', subj, metric, str(v)))
        add('kernel', 'measured', now)
        add('kernel', 'built_without', stamp(plain))
        add('kernel', 'built_with', stamp(with_))
        add('kernel', 'source', os.path.abspath(wd))
        if pd != wd:
            add('kernel', 'source_without', os.path.abspath(pd))
        add('kernel', 'dirs', ' '.join(dirs))
        rel = os.path.join(plain, 'include/config/kernel.release')
        add('kernel', 'release', open(rel).read().strip() if os.path.isfile(rel) else '?')
        add('kernel', 'mode', mode)
        add('kernel', 'objects', len(objs))
        s0, s1 = text_sizes(prefix, plain, objs), text_sizes(prefix, with_, objs)
        add('kernel', 'text_without', sum(s0.values()))
        add('kernel', 'text_with', sum(s1.values()))
        growth = sorted(objs, key=lambda o: (s0.get(o, 0) - s1.get(o, 0), o))
        for o in growth[:GROWTH_TOP]:
            add('kernel-object', o, s1.get(o, 0) - s0.get(o, 0))
        # CPU times compare only between builds run side by side.
        if pd == wd and {'plain', mode} <= side_by_side(wrep):
            add('kernel', 'cpu_without', '%.1f' % cpu_seconds(plain))
            add('kernel', 'cpu_with', '%.1f' % cpu_seconds(with_))
        # The reference builds of one run: next to the plugin build.
        always = os.path.join(wd, arch + '-always')
        if arch == 'arm64' and built_ok(always):
            o3 = objs & c_objects(always, dirs)
            re_acq = r'lda(r|pr|pur)[a-z]*$'
            add('kernel', 'acquire_objects', len(o3))
            add('kernel', 'acquire_without', mnemonics(prefix, plain, o3, re_acq))
            add('kernel', 'acquire_auto', mnemonics(prefix, with_, o3, re_acq))
            add('kernel', 'acquire_always', mnemonics(prefix, always, o3, re_acq))
        nomb = os.path.join(wd, arch + '-nomb')
        if arch == 'alpha' and built_ok(nomb):
            o3 = objs & c_objects(nomb, dirs)
            add('kernel', 'mb_objects', len(o3))
            add('kernel', 'mb_kernel', mnemonics(prefix, plain, o3, r'mb$'))
            add('kernel', 'mb_with', mnemonics(prefix, with_, o3, r'mb$'))
            add('kernel', 'mb_nomb', mnemonics(prefix, nomb, o3, r'mb$'))
    return rows
