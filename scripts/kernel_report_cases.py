# SPDX-License-Identifier: GPL-2.0 OR MIT
"""One broken dependency of a check-mode kernel build, looked at closely
(scripts/kernel-report): its object compiled again from its .o.cmd in check
mode (GCC alone) and with lkmm, the assembly of the function both ways, the
GCC pass whose flag brings the dependency back, and that pass's dump
around the access, before and after it.

A case is identified as the stats file's verify records are (docs/stats.md):
dependency kind, the dependent access's file and line, the head's file and
line, the function.  Whether it is broken or kept is read from the stats
file of each compile, never from a message."""

import difflib
import os
import re
import shlex
import subprocess
import tempfile

# The passes whose flag is tried, per dependency kind: (pass names as
# GCC's dump files call them, the flags that turn them off).  The list is
# docs/breakages.md's passes, plus the neighbours that learn or merge the
# same way; the first flags that bring the dependency back name the pass.
VALUE_PASSES = [
    (("evrp",), ("-fdisable-tree-evrp",)),
    (("vrp1", "vrp2"), ("-fno-tree-vrp",)),
    (("dom2", "dom3"), ("-fno-tree-dominator-opts",)),
    (("thread1", "thread2", "threadfull1", "threadfull2"), ("-fno-thread-jumps",)),
    (("fre1", "fre3", "fre4", "fre5"), ("-fno-tree-fre",)),
    (("pre",), ("-fno-tree-pre",)),
    (("ccp1", "ccp2", "ccp3"), ("-fno-tree-ccp",)),
    (("copyprop1", "copyprop2"), ("-fno-tree-copy-prop",)),
    (("phiopt1", "phiopt2", "phiopt3"), ("-fno-ssa-phiopt",)),
    (("sink1", "sink2"), ("-fno-tree-sink",)),
    (("cse1", "cse2"), ("-fno-cse-follow-jumps",)),
    (("cprop1", "cprop2", "cprop3", "gcse1", "hoist"), ("-fno-gcse",)),
    (("fwprop1", "fwprop2"), ("-fno-forward-propagate",)),
    (("combine",), ("-fdisable-rtl-combine",)),
]
CTRL_PASSES = [
    (("jump2", "csa"), ("-fno-crossjumping",)),
    (("pre",), ("-fno-tree-tail-merge",)),
    (("pre",), ("-fno-code-hoisting",)),
    (("cselim",), ("-fno-tree-cselim",)),
    (("ce1", "ce2", "ce3"), ("-fno-if-conversion", "-fno-if-conversion2")),
    (("hoist", "cprop1", "cprop2", "cprop3"), ("-fno-gcse",)),
    (("sink1", "sink2"), ("-fno-tree-sink",)),
    (("phiopt1", "phiopt2", "phiopt3"), ("-fno-ssa-phiopt",)),
    (("evrp",), ("-fdisable-tree-evrp",)),
    (("dom2", "dom3"), ("-fno-tree-dominator-opts",)),
    (("thread1", "thread2", "threadfull1", "threadfull2"), ("-fno-thread-jumps",)),
    (("sched2",), ("-fno-schedule-insns2",)),
    (("bbro",), ("-fno-reorder-blocks",)),
]
# A flag's pass names for people: the first is the one its dump shows.
DUMP_KIND = {"evrp": "tree", "vrp1": "tree", "dom2": "tree", "thread1": "tree",
             "fre1": "tree", "pre": "tree", "ccp1": "tree", "copyprop1": "tree",
             "phiopt1": "tree", "sink1": "tree", "cselim": "tree", "cse1": "rtl", "cprop1": "rtl",
             "fwprop1": "rtl", "combine": "rtl", "jump2": "rtl", "ce1": "rtl",
             "hoist": "rtl", "sched2": "rtl", "bbro": "rtl"}
ASM_WINDOW = 60
DUMP_LINES = 24
# The labels of -g's blocks and ranges: no instruction is at them.
DEBUG_LABEL = re.compile(r"^[.$]L(BB|BE|VL|VU|FB|FE|BI|LST|LLST)\d+:$")
# Comments and the markers of inline asm (#APP, "# 128 file"): no code.
COMMENT = re.compile(r"^(#|//)")


class CaseError(Exception):
    pass


def read_cmd(odir, unit_rel):
    """The compile command of the object of UNIT_REL (a .c path relative
    to the source tree), from its .o.cmd in ODIR, as an argument list."""
    d, base = os.path.split(unit_rel)
    path = os.path.join(odir, d, "." + base[:-2] + ".o.cmd")
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            first = f.readline()
    except OSError as e:
        raise CaseError("%s: %s" % (path, e.strerror))
    m = re.match(r"^(saved)?cmd_\S+ := (.*)$", first.rstrip("\n"))
    if not m:
        raise CaseError("%s: no command line" % path)
    # kbuild appends further commands (objtool, checks) after ';'.
    return shlex.split(m.group(2).split(" ; ")[0])


def variant(argv, mode, out, stats, extra=()):
    """ARGV (an object's compile) turned into a -S compile to OUT in MODE:
    "check" (the plugin only reporting) or "lkmm" (the plugin keeping the
    dependencies), its records in STATS, plus EXTRA options."""
    args = []
    skip = False
    for a in argv:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c" or a.startswith("-Wp,-MMD") or a.startswith("-Wp,-MD"):
            continue
        if a.startswith("-fplugin-arg-lkmm_plugin-stats="):
            continue
        if a == "-fplugin-arg-lkmm_plugin-check" and mode == "lkmm":
            continue
        args.append(a)
    if mode == "check" and "-fplugin-arg-lkmm_plugin-check" not in args:
        raise CaseError("the command line has no -fplugin-arg-lkmm_plugin-check")
    if not any(a.startswith("-fplugin=") and "lkmm_plugin" in a for a in args):
        raise CaseError("the command line has no lkmm plugin")
    src = args.pop()
    return args + ["-S", "-o", out, "-fplugin-arg-lkmm_plugin-stats=" + stats] + list(extra) + [src]


def verify_keys(stats, root):
    """The broken dependencies STATS records, as case keys."""
    from kernel_report_measure import stats_module, case_key
    st = stats_module()
    keys = set()
    if not os.path.exists(stats):
        return keys
    for typ, rec in st.read_records(stats, {}):
        if typ == "verify":
            keys.add(case_key(rec, root))
    return keys


def fn_counts(stats, function):
    """{column: sum} of the fn records of FUNCTION in STATS."""
    from kernel_report_measure import stats_module
    return dict(stats_module().totals([stats], function))


def compile_variant(odir, argv, mode, tmp, tag, extra=()):
    """Compile ARGV in MODE in the object tree ODIR; returns (asm path,
    stats path), or raises CaseError with GCC's complaint."""
    out = os.path.join(tmp, tag + ".s")
    stats = os.path.join(tmp, tag + ".tsv")
    for p in (out, stats):
        if os.path.exists(p):
            os.unlink(p)
    cmd = ["nice"] + variant(argv, mode, out, stats, extra)
    r = subprocess.run(cmd, cwd=odir, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if r.returncode != 0:
        raise CaseError("%s compile failed: %s" % (tag, r.stderr.strip()[-600:]))
    return out, stats


def asm_function(path, function):
    """The lines of FUNCTION's body in the assembly file PATH (its clones
    .isra.N, .constprop.N, .part.N too), with the file table of .file."""
    label = re.compile(r"^(%s)(\.(isra|constprop|part|cold)\.\d+)*:$" % re.escape(function))
    files = {}
    body = []
    inside = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r'^\s*\.file\s+(\d+)\s+"([^"]+)"(\s+"([^"]+)")?', line)
            if m:
                files[m.group(1)] = m.group(4) or m.group(2)
                continue
            if label.match(line):
                inside = True
                body.append(line)
                continue
            if inside:
                if re.match(r"^\s*\.(size|end)\s+%s\b" % re.escape(function), line):
                    inside = False
                    continue
                body.append(line)
    return body, files


def code_of(body):
    """BODY's instructions without what -g adds and with its labels
    numbered from 0: what two compiles of a function compare on."""
    names = {}
    out = []
    for line in body:
        s = line.strip()
        if not s or DEBUG_LABEL.match(s) or COMMENT.match(s) or re.match(r"^\.(loc|cfi_|file)", s):
            continue
        s = re.sub(r"[.$]L\d+", lambda m: names.setdefault(m.group(0), ".L%d" % len(names)), s)
        out.append(" ".join(s.split()))
    return out


def asm_window(body, files, lines_of_interest):
    """The instructions of BODY that .loc puts on LINES_OF_INTEREST
    ({(file basename, line)}), with what lies between the first and the
    last, at most ASM_WINDOW lines; each with its source line."""
    out = []
    cur = None
    for line in body:
        m = re.match(r"^\s*\.loc\s+(\d+)\s+(\d+)", line)
        if m:
            cur = (os.path.basename(files.get(m.group(1), "?")), int(m.group(2)))
            continue
        s = line.strip()
        if not s or (s.startswith(".") and not s.endswith(":")) or DEBUG_LABEL.match(s) \
                or COMMENT.match(s):
            continue
        out.append((cur, line.rstrip()))
    idx = [i for i, (c, _) in enumerate(out) if c in lines_of_interest]
    if not idx:
        return []
    lo, hi = idx[0], idx[-1]
    if hi - lo + 1 > ASM_WINDOW:
        # Too far apart: the instructions of those lines (not their
        # labels), each with its neighbours.
        keep = set()
        for i in idx:
            if not out[i][1].strip().endswith(":"):
                keep.update(range(max(lo, i - 1), min(hi, i + 1) + 1))
        sel = sorted(keep)[:ASM_WINDOW]
    else:
        sel = range(lo, hi + 1)
    res = []
    prev = None
    for i in sel:
        if prev is not None and i != prev + 1:
            res.append("        ...")
        c, text = out[i]
        mark = "%s:%d" % c if c else ""
        res.append("%-28s %s" % (text.replace("\t", " ").strip()
                                 if text.endswith(":") else "    " + " ".join(text.split()), mark))
        prev = i
    return res


def find_pass(odir, argv, key, tmp, root):
    """The pass whose flags, given to a check-mode compile, make the
    broken dependency KEY go, the first in the table's order: [(pass
    names, flags)] or []; the compiles that fail are left out."""
    table = CTRL_PASSES if key[0] == "control" else VALUE_PASSES
    found = []
    for names, flags in table:
        try:
            _, stats = compile_variant(odir, argv, "check", tmp, "flag", flags)
        except CaseError:
            continue
        if key not in verify_keys(stats, root):
            # The first flag of the list that brings it back: each
            # compile of a large unit costs seconds.
            found.append((names, flags))
            break
    return found


def pass_before(odir, argv, name, kind, tmp):
    """The pass of KIND ("tree" or "rtl") that runs before NAME in the
    pipeline of ARGV's compile, from -fdump-passes (on an empty unit: the
    pipeline does not depend on the code)."""
    empty = os.path.join(tmp, "empty.c")
    with open(empty, "w") as f:
        f.write("int lkmm_report_empty;\n")
    args = variant(argv, "check", os.devnull, os.path.join(tmp, "empty.tsv"), ("-fdump-passes",))
    args[-1] = empty
    r = subprocess.run(["nice"] + args, cwd=odir, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    prev = None
    for line in r.stderr.split("\n"):
        m = re.match(r"^\s*(tree|rtl)-(\S+)\s*:\s*ON", line)
        if not m or m.group(1) != kind:
            continue
        if m.group(2) == name:
            return prev
        prev = m.group(2)
    return None


def dump_lines(odir, argv, names, tmp, key):
    """What each pass of NAMES changed in KEY's function: its dump
    against the dump of the pass before it, as the statements (GIMPLE,
    with -lineno) or insns (RTL) removed (-) and added (+), those on the
    head's and the access's lines first: [(pass, before, [lines])] for
    the passes that changed something."""
    kind = DUMP_KIND.get(names[0], "tree")
    ddir = os.path.join(tmp, "dumps")
    os.makedirs(ddir, exist_ok=True)
    pairs = [(pass_before(odir, argv, n, kind, tmp), n) for n in names]
    pairs = [(a, n) for a, n in pairs if a]
    sw = sorted({"-fdump-%s-%s%s" % (kind, p, "-lineno" if kind == "tree" else "")
                 for pair in pairs for p in pair})
    try:
        compile_variant(odir, argv, "check", tmp, "dump", tuple(sw) + ("-dumpdir", ddir + "/"))
    except CaseError:
        return []
    files = {}
    for x in os.listdir(ddir):
        m = re.search(r"\.\d+[tr]\.([\w.-]+)$", x)
        if m:
            files[m.group(1)] = os.path.join(ddir, x)
    res = []
    for before, n in pairs:
        if before not in files or n not in files:
            continue
        a = function_lines(files[before], key, kind)
        b = function_lines(files[n], key, kind)
        ch = [l for l in difflib.unified_diff(a, b, lineterm="", n=0)
              if l[:1] in "+-" and l[:3] not in ("+++", "---")]
        if ch:
            res.append((n, before, ranked_changes(ch, key)))
    for f in os.listdir(ddir):
        os.unlink(os.path.join(ddir, f))
    return res


def ranked_changes(changes, key):
    """At most DUMP_LINES of CHANGES, those on the head's or the access's
    line first, in their order otherwise."""
    want = ("[%s:%s]" % (os.path.basename(key[1]), key[2]), "%s:%s " % (os.path.basename(key[1]), key[2]),
            "[%s:%s]" % (os.path.basename(key[3]), key[4]), "%s:%s " % (os.path.basename(key[3]), key[4]))
    near = [c for c in changes if any(w in c for w in want)]
    rest = [c for c in changes if c not in near]
    out = (near + rest)[:DUMP_LINES]
    if len(changes) > DUMP_LINES:
        out.append("... %d more changed lines" % (len(changes) - DUMP_LINES))
    return out


def short(text):
    """A dump's statement or insn on one line, its locations as
    FILE:LINE (the first only, for a GIMPLE statement)."""
    text = " ".join(text.split())
    first = [True]

    def loc(m):
        if first[0]:
            first[0] = False
            return "[%s:%s] " % (os.path.basename(m.group(1)), m.group(2))
        return ""
    text = re.sub(r"\[([^\]:]+):(\d+):\d+\] ?", loc, text)
    text = re.sub(r'"([^"]+)":(\d+):\d+', lambda m: "%s:%s" % (os.path.basename(m.group(1)),
                                                             m.group(2)), text)
    return text[:220]


def function_lines(path, key, kind):
    """The statements (GIMPLE) or insns (RTL, no debug insns) of the
    function of KEY in the dump PATH, one line each."""
    function = key[5]
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for block in re.split(r"\n(?=;; Function )", text):
        head = block.split("\n", 1)[0]
        if not re.match(r";; Function %s[ .(]" % re.escape(function), head):
            continue
        if kind == "tree":
            # The body, "{" to "}" at the start of a line: not what the
            # pass wrote about it (ranges, SSA updates) before it.
            lines = block.split("\n")
            try:
                lo = lines.index("{")
                hi = len(lines) - 1 - lines[::-1].index("}")
            except ValueError:
                continue
            out += [short(l) for l in lines[lo + 1:hi]
                    if l.strip() and "# DEBUG" not in l and not l.startswith(";;")]
        else:
            out += [short(i) for i in re.split(r"\n(?=\((?:insn|jump_insn|call_insn|debug_insn|"
                                                r"code_label|note|barrier) )", block)
                    if re.match(r"\((insn|jump_insn|call_insn) ", i)]
    return out
