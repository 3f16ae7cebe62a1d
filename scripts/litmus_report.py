# SPDX-License-Identifier: GPL-2.0 OR MIT
"""Write litmus-check's results: build/litmus/results.tsv, and docs/litmus.md
from the template docs/litmus.md.in (its prose; the tables come from the
rows)."""

import os
import re
import subprocess

COLS = ['test', 'kind', 'dep', 'target', 'level', 'lkmm', 'gcc',
        'lkmm_plugin', 'breaks', 'lkmm_compile']


def status(row, key):
    v = row[key]
    if v.startswith('compiler error'):
        return 'FAIL'       # the compiler fails with lkmm, not without
    if v not in ('Never', 'Sometimes', 'Always'):
        return 'unchecked'
    if row['lkmm'] not in ('Never', 'Always'):
        return 'nothing forbidden'
    return 'pass' if v == row['lkmm'] else 'FAIL'


def missing_breakage(row):
    """A test of ours written so that GCC alone breaks it here, that GCC
    alone no longer breaks: the test can no longer fail."""
    expected = any(row['target'] in line.split() and row['level'] in line.split()
                   for line in row['breaks'].split(';'))
    return expected and status(row, 'gcc') != 'FAIL'


def cell(row, key):
    s = status(row, key)
    v = row[key]
    if s == 'FAIL':
        return '**%s**' % v
    return v


def write(rows, targets, levels, build, docs, herd7):
    os.makedirs(build, exist_ok=True)
    with open(os.path.join(build, 'results.tsv'), 'w') as f:
        f.write('\t'.join(COLS) + '\n')
        for r in rows:
            f.write('\t'.join(r[c] for c in COLS) + '\n')

    summary = ['| Target | Level | Rows | With lkmm: pass | FAIL | nothing forbidden | not lifted / not checked | Without lkmm: forbidden outcome allowed |',
               '|---|---|---|---|---|---|---|---|']
    for t in targets:
        for lv in levels:
            rs = [r for r in rows if r['target'] == t and r['level'] == lv]
            st = [status(r, 'lkmm_plugin') for r in rs]
            summary.append('| %s | %s | %d | %d | %d | %d | %d | %d |' % (
                t, lv, len(rs), st.count('pass'), st.count('FAIL'),
                st.count('nothing forbidden'), st.count('unchecked'),
                sum(status(r, 'gcc') == 'FAIL' for r in rs)))

    table = ['| Test | Source | Dep. | Target | Level | LKMM | GCC alone | With lkmm | lkmm, compile line only (LTO) |',
             '|---|---|---|---|---|---|---|---|---|']
    for r in rows:
        table.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            r['test'], r['kind'], r['dep'], r['target'], r['level'],
            r['lkmm'], cell(r, 'gcc'), cell(r, 'lkmm_plugin'),
            cell(r, 'lkmm_compile') if r['lkmm_compile'] else '-'))

    evidence = []
    for name in sorted({r['test'] for r in rows if r['kind'] == 'ours'}):
        rs = [r for r in rows if r['test'] == name]
        where = ['%s %s' % (r['target'], r['level']) for r in rs
                 if status(r, 'gcc') == 'FAIL']
        evidence.append('| %s | %s | %s |' % (
            name, rs[0]['breaks'] or '-', ', '.join(where) or 'none'))

    reasons = {}
    for r in rows:
        for key in ('gcc', 'lkmm_plugin'):
            if status(r, key) == 'unchecked':
                why = re.sub(r'^not lifted: P\d+: ', 'not lifted: ', r[key])
                reasons.setdefault(why, {}).setdefault(r['test'], set()).add(
                    r['target'])
    unlifted = ['| Reason | Tests (targets) |', '|---|---|']
    for why, tests in sorted(reasons.items()):
        names = []
        for t, tg in sorted(tests.items()):
            names.append(t if len(tg) == len(targets) else
                         '%s (%s)' % (t, ', '.join(x for x in targets if x in tg)))
        unlifted.append('| %s | %s |' % (why.replace('|', '\\|'),
                                          ', '.join(names)))

    failures = [r for r in rows if status(r, 'lkmm_plugin') == 'FAIL']
    # An LTO build whose link step does not load lkmm.
    compile_only = [r for r in rows if r['lkmm_compile'] and
                    status(r, 'lkmm_compile') == 'FAIL']
    vacuous = [r for r in rows if missing_breakage(r)]
    findings = []
    for r in failures:
        findings.append('- FAIL: %s on %s %s: LKMM %s, with lkmm %s.' % (
            r['test'], r['target'], r['level'], r['lkmm'], r['lkmm_plugin']))
    for r in compile_only:
        findings.append('- FAIL with lkmm on the compile line only: %s on %s %s: '
                        'LKMM %s, compiled %s.' % (
                            r['test'], r['target'], r['level'], r['lkmm'],
                            r['lkmm_compile']))
    for r in vacuous:
        findings.append('- no breakage: %s on %s %s: GCC alone gives %s, the test '
                        'expects it to allow the forbidden outcome.' % (
                            r['test'], r['target'], r['level'], r['gcc']))
    if not findings:
        findings.append('None: with lkmm no compiled test allows an outcome the '
                        'LKMM forbids, and each of our tests shows its breakage '
                        'without lkmm where it says it does.')

    version = subprocess.run([herd7, '-version'], capture_output=True,
                             text=True).stdout.split(',')[0].strip()
    fills = {
        'herd7': 'herd7 ' + version if version else 'herd7',
        'summary': '\n'.join(summary),
        'evidence': '\n'.join(['| Test | GCC alone breaks it at (expected) | Forbidden outcome allowed without lkmm |', '|---|---|---|'] + evidence),
        'unlifted': '\n'.join(unlifted),
        'findings': '\n'.join(findings),
        'table': '\n'.join(table),
    }
    if docs:
        tmpl = open(os.path.join(docs, 'litmus.md.in')).read()
        out = re.sub(r'@@(\w+)@@', lambda m: fills[m.group(1)], tmpl)
        with open(os.path.join(docs, 'litmus.md'), 'w') as f:
            f.write(out)
    print('\n'.join(summary))
    for line in findings:
        print(line)
    return failures or vacuous or compile_only
