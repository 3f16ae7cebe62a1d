# SPDX-License-Identifier: GPL-2.0 OR MIT
"""What scripts/kernel-report measures in the check-mode builds that
scripts/kernel-check --modes check left in a directory (ARCH-check/): the
tree, configuration and compiler of each, the broken dependencies its
stats file records (per kind, per directory: scripts/lkmm-stats), the
candidates for the worked cases, and the cases themselves
(kernel_report_cases)."""

import hashlib
import importlib.machinery
import json
import os
import re
import subprocess
import time

import kernel_report_cases as kc

HERE = os.path.dirname(os.path.abspath(__file__))
CC = {"arm64": "aarch64-linux-gnu-gcc-12", "alpha": "alpha-linux-gnu-gcc-12",
      "riscv64": "riscv64-linux-gnu-gcc-12", "ppc64le": "powerpc64le-linux-gnu-gcc-12"}
ARCHS = ["arm64", "alpha", "riscv64", "ppc64le"]
# What scripts/kernel-check configures for each (plus the plugin in check mode).
DEFCONFIG = {"arm64": "defconfig", "alpha": "defconfig + SMP", "riscv64": "defconfig",
             "ppc64le": "ppc64le_defconfig"}
DEPS = ["address", "data", "control"]
_stats = None


def stats_module():
    """scripts/lkmm-stats, the one reader of stats files, as a module."""
    global _stats
    if _stats is None:
        _stats = importlib.machinery.SourceFileLoader(
            "lkmm_stats", os.path.join(HERE, "lkmm-stats")).load_module()
    return _stats


def rel(path, root):
    return stats_module().relative(path, root)


def case_key(rec, root):
    """A verify record as a case: (dep, access file, line, head file,
    line, function), paths relative to the source tree ROOT."""
    return (rec["dep"], rel(rec["file"], root), rec["line"],
            rel(rec["head_file"], root), rec["head_line"], rec["function"])


def source_root(odir):
    """The source tree of the O= build ODIR (kbuild's 'source' link)."""
    link = os.path.join(odir, "source")
    if not os.path.islink(link):
        raise kc.CaseError("%s: no 'source' link: not a kernel O= build" % odir)
    return os.readlink(link)


def config_value(odir, name):
    try:
        with open(os.path.join(odir, ".config"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("CONFIG_%s=" % name):
                    return line.split("=", 1)[1].strip().strip('"')
                if line.startswith("# CONFIG_%s is not set" % name):
                    return "n"
    except OSError:
        pass
    return None


def kernel_version(root):
    v = {}
    with open(os.path.join(root, "Makefile"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION) = (.*)$", line)
            if m:
                v[m.group(1)] = m.group(2).strip()
            if len(v) == 4:
                break
    return "%s.%s.%s%s" % (v.get("VERSION"), v.get("PATCHLEVEL"), v.get("SUBLEVEL"),
                           v.get("EXTRAVERSION", ""))


def output(cmd):
    try:
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              universal_newlines=True).stdout.strip()
    except OSError:
        return ""


def build_info(arch, odir):
    """The facts of one check-mode build: where, what, with what, when."""
    root = source_root(odir)
    stats = os.path.join(odir, "lkmm-stats.tsv")
    t = None
    try:
        with open(os.path.join(odir, "time")) as f:
            wall, usr, sys_ = (float(x) for x in f.read().split())
            t = {"wall": round(wall), "cpu": round(usr + sys_)}
    except (OSError, ValueError):
        pass
    try:
        rc = open(os.path.join(odir, "rc")).read().strip()
    except OSError:
        rc = "?"
    with open(os.path.join(odir, ".config"), "rb") as f:
        cfg_hash = hashlib.sha256(f.read()).hexdigest()[:12]
    return {
        "arch": arch, "dir": odir, "root": root,
        "linux": kernel_version(root),
        "package": output(["dpkg-query", "-W", "-f", "${Package} ${Version}", "linux-source-6.12"]),
        "cc": CC[arch], "defconfig": DEFCONFIG[arch], "cc_version": output([CC[arch], "--version"]).split("\n")[0],
        "plugin_args": config_value(odir, "GCC_PLUGIN_LKMM_ARGS"),
        "config_sha": cfg_hash,
        "config": {k: config_value(odir, k) for k in ("SMP", "KSM", "LOCKDEP", "PROVE_LOCKING",
                                                      "NFS_FS", "AFS_FS", "STM")},
        "built": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(os.path.getmtime(stats))),
        "time": t, "rc": rc,
    }


def counts(odir, root):
    """The totals of the build's stats file and its per-directory counts
    (depth 1 and 2)."""
    st = stats_module()
    path = [os.path.join(odir, "lkmm-stats.tsv")]
    tot = dict(st.totals(path))
    units = set()
    for typ, rec in st.read_records(path[0], {}):
        if typ == "fn":
            units.add(rec["unit"])
    return {
        "totals": tot,
        "units": len(units),
        "dirs1": [(d, dict(t)) for d, t in st.dir_totals(path, root, 1)],
        "dirs2": [(d, dict(t)) for d, t in st.dir_totals(path, root, 2)],
    }


def candidates(builds):
    """{key: {arch: [units]}} of every broken dependency recorded."""
    st = stats_module()
    out = {}
    for arch, b in builds.items():
        for typ, rec in st.read_records(os.path.join(b["dir"], "lkmm-stats.tsv"), {}):
            if typ != "verify":
                continue
            k = case_key(rec, b["root"])
            out.setdefault(k, {}).setdefault(arch, [])
            u = rel(rec["unit"], b["root"])
            if u not in out[k][arch]:
                out[k][arch].append(u)
    return out


def select(cands, n):
    """N cases that together teach most: every kind in turn, each in
    another function and at most two per file, the ones that break on
    the most architectures and in the most units first, an access in a
    .c file of the measured tree before one in a header."""
    def score(item):
        k, per = item
        units = sum(len(u) for u in per.values())
        return (-len(per), not k[1].endswith(".c"), -units, k)
    ranked = {d: sorted([it for it in cands.items() if it[0][0] == d], key=score) for d in DEPS}
    chosen, funcs, files = [], set(), {}
    while len(chosen) < n and any(ranked.values()):
        for d in DEPS:
            while ranked[d]:
                k, per = ranked[d].pop(0)
                if k[5] in funcs or files.get(k[1], 0) >= 2:
                    continue
                chosen.append((k, per))
                funcs.add(k[5])
                files[k[1]] = files.get(k[1], 0) + 1
                break
            if len(chosen) >= n:
                break
    return chosen


def source_lines(root, key):
    """The head's line and the access's line with one line of context
    before it, as (file:line, text)."""
    dep, afile, aline, hfile, hline, fn = key
    out = []

    def grab(f, lo, hi):
        try:
            with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                lines = fh.read().split("\n")
        except OSError:
            return
        for i in range(max(lo, 1), min(hi, len(lines)) + 1):
            out.append(("%s:%d" % (f, i), lines[i - 1].rstrip()))
    grab(hfile, int(hline), int(hline))
    if (afile, aline) != (hfile, hline):
        grab(afile, int(aline) - 1, int(aline))
    return out


def pick_unit(key, units):
    """The unit to compile again: the access's own .c file if it is one."""
    return key[1] if key[1] in units else sorted(units)[0]


def analyse(key, per, builds, order, cache):
    """Everything the report says about one case, measured on the first
    architecture of ORDER where it breaks; cached in CACHE (a directory)
    under the case's key."""
    arch = next(a for a in order if a in per)
    b = builds[arch]
    name = hashlib.sha256(repr((arch, key)).encode()).hexdigest()[:16]
    path = os.path.join(cache, name + ".json")
    # Where it breaks is this run's: the cache keeps the compiles only.
    where = {"archs": sorted(per, key=order.index),
             "units": sum(len(u) for u in per.values())}
    if os.path.exists(path):
        with open(path) as f:
            res = json.load(f)
        res.update(where)
        return res
    unit = pick_unit(key, per[arch])
    res = {"key": list(key), "arch": arch, "unit": unit,
           "source": source_lines(b["root"], key)}
    res.update(where)
    tmp = os.path.join(cache, name)
    os.makedirs(tmp, exist_ok=True)
    t0 = time.time()
    try:
        argv = kc.read_cmd(b["dir"], unit)
        want = {(os.path.basename(key[1]), int(key[2])), (os.path.basename(key[3]), int(key[4]))}
        code = {}
        for mode in ("check", "lkmm"):
            s, stats = kc.compile_variant(b["dir"], argv, mode, tmp, mode, ("-g",))
            body, files = kc.asm_function(s, key[5])
            code[mode] = kc.code_of(body)
            res["asm_" + mode] = kc.asm_window(body, files, want)
            res["broken_" + mode] = tuple(key) in kc.verify_keys(stats, b["root"])
            fc = kc.fn_counts(stats, key[5])
            res["promoted_" + mode] = fc.get("late.promoted", 0) + fc.get("early.promoted", 0)
            res["kept_legs_" + mode] = fc.get("late.legs", 0) + fc.get("early.legs", 0)
        # The same code judged broken in check mode and kept with lkmm:
        # one of the verifier's two verdicts is a misjudgement.
        res["same_code"] = code["check"] == code["lkmm"]
        res["code_lines"] = len(code["check"])
        passes = [] if res["same_code"] or not res["broken_check"] else \
            kc.find_pass(b["dir"], argv, tuple(key), tmp, b["root"])
        res["passes"] = [[list(n), list(f)] for n, f in passes]
        res["dumps"] = kc.dump_lines(b["dir"], argv, passes[0][0], tmp, key) if passes else []
    except kc.CaseError as e:
        res["error"] = str(e)
    for f in os.listdir(tmp):
        p = os.path.join(tmp, f)
        if os.path.isfile(p):
            os.unlink(p)
    res["seconds"] = round(time.time() - t0)
    with open(path, "w") as f:
        json.dump(res, f, indent=1)
    return res


def llvm_reports(builds, cands, dirs):
    """The LLVM-based checker's published reports (kernel list, 2022): is
    their code in the measured build, and does GCC break anything there?"""
    reports = [
        ("nfs", "fs/nfs/delegation.c", "nfs_server_return_marked_delegations", "NFS_FS",
         "an `==` comparison turning an address dependency into a control dependency",
         "http://mail.spinics.net/lists/linux-arch/msg77304.html"),
        ("ksm", "mm/ksm.c", "cmp_and_merge_page", "KSM",
         "`stable_node->head = &migrate_nodes` then list_add(): Clang uses the constant",
         "https://lkml.indiana.edu/2204.2/08231.html"),
        ("lockdep", "kernel/locking/lockdep.c", None, "LOCKDEP", "lockdep", None),
        ("afs", "fs/afs/", None, "AFS_FS", "test_bit() in AFS", None),
        ("stm", "drivers/hwtracing/stm/", None, "STM", "stm (System Trace Module)", None),
    ]
    out = []
    for tag, f, fn, cfg, what, url in reports:
        row = {"tag": tag, "file": f, "function": fn, "what": what, "url": url, "per": {}}
        for arch, b in builds.items():
            obj = os.path.join(b["dir"], f[:-2] + ".o") if f.endswith(".c") else None
            built = bool(obj and os.path.exists(obj))
            in_file = [k for k in cands if arch in cands[k] and
                       (k[1] == f or any(u == f for u in cands[k][arch]))]
            heads = None
            if built and fn:
                t = dict(stats_module().totals([os.path.join(b["dir"], "lkmm-stats.tsv")], fn))
                heads = t["early.heads"]
            row["per"][arch] = {"config": b["config"].get(cfg), "built": built,
                                "outside": not f.startswith(tuple(d + "/" for d in dirs)),
                                "broken_file": len(in_file), "heads_function": heads,
                                "broken_function": len([k for k in in_file if k[5] == fn])}
        out.append(row)
    return out
