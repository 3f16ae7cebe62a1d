# SPDX-License-Identifier: GPL-2.0 OR MIT
"""docs/kernel-report.md from docs/kernel-report.md.in and the data
scripts/kernel-report measured (its JSON): every @@name@@ of the template
is a table or a list made from that data, never a number typed in."""

import re

DEPS = ["address", "data", "control"]


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


class Render:
    def __init__(self, data):
        self.d = data
        self.archs = [a for a in data["order"] if a in data["builds"]]

    def run(self):
        d = self.d
        rows = []
        for a in self.archs:
            b = d["builds"][a]
            t = b.get("time") or {}
            rows.append([a, b["linux"] + (" (" + b["package"] + ")" if b["package"] else ""),
                         "`%s` (%s)" % (b["defconfig"], b["config_sha"]),
                         b["cc_version"], "`%s`" % b["plugin_args"], b["built"],
                         "%s s / %s s" % (t.get("wall", "?"), t.get("cpu", "?")),
                         d["counts"][a]["units"]])
        lines = ["Measured by `scripts/kernel-report` on %s, lkmm %s; directories: %s." % (
            d["date"], d["lkmm"], ", ".join("`%s/`" % x for x in d["dirs"])), "",
            table(["Arch", "Tree", "Config (sha256 of .config)", "Compiler", "GCC_PLUGIN_LKMM_ARGS",
                   "Built", "Build wall / CPU", "C files"], rows)]
        missing = [a for a in d["order"] if a not in d["builds"]]
        if missing:
            lines += ["", "**Not measured: %s** (%s)." % (", ".join(missing), d.get("missing_why")
                      or "not asked for")]
        lines += ["", "The cases' compiles took %s s of wall time when they were made; this "
                  "run of the script took %s s." % (sum(c.get("seconds", 0) for c in d["cases"]),
                                                    d["report_seconds"])]
        return "\n".join(lines)

    def totals(self):
        rows = []
        for a in self.archs:
            t = self.d["counts"][a]["totals"]
            rows.append([a, t["early.heads"], t["verify.total"]] + [t["verify." + k] for k in DEPS]
                        + [t["verify.distinct"]])
        return table(["Arch", "Heads (early pass)", "Broken", "address", "data", "control",
                      "Distinct"], rows)

    def dirs(self, depth):
        key = "dirs%d" % depth
        names = sorted({d for a in self.archs for d, _ in self.d["counts"][a][key]})
        rows = []
        for n in names:
            row = [("`%s/`" % n) if n != "." else "`./`"]
            any_ = False
            for a in self.archs:
                t = dict(self.d["counts"][a][key]).get(n)
                if t is None:
                    row.append("-")
                    continue
                if t["verify.total"]:
                    any_ = True
                row.append("%d (%s)" % (t["verify.total"], "/".join(str(t["verify." + k])
                                                                      for k in DEPS)))
            if any_ or depth == 1:
                rows.append(row)
        return table(["Directory"] + self.archs, rows)

    def case(self, i, c):
        k = c["key"]
        dep, afile, aline, hfile, hline, fn = k
        out = ["### %d. %s dependency in `%s()`, %s:%s" % (i, dep, fn, afile, aline), ""]
        out.append("Head at %s:%s. Broken on: %s; %d compiled units record it. "
                   "Measured on %s, from `%s`." % (hfile, hline, ", ".join(c["archs"]),
                                                    c["units"], c["arch"], c["unit"]))
        out += ["", "```c"] + ["%-32s %s" % (w, t) for w, t in c["source"]] + ["```", ""]
        if "error" in c:
            out += ["Could not be compiled again: `%s`" % c["error"], ""]
            return "\n".join(out)
        for mode, title in (("check", "Without lkmm (check mode: GCC's code)"),
                            ("lkmm", "With lkmm")):
            asm = c.get("asm_" + mode) or ["(no instruction of these lines in the function)"]
            out += ["%s, %s:" % (title, c["arch"]), "", "```"] + asm + ["```", ""]
        out.append("Reproduced in check mode: %s. " % ("yes" if c["broken_check"] else
                                                      "no (the recompile does not record it)"))
        if c.get("same_code") and c["broken_check"] != c["broken_lkmm"]:
            out.append("**The verifier judges the same code two ways**: the function's %d "
                       "instructions are the same in both compiles, yet only the %s compile "
                       "records the dependency broken. One of the two verdicts is a "
                       "misjudgement of the verifier, not something GCC or lkmm did."
                       % (c["code_lines"], "check-mode" if c["broken_check"] else "lkmm"))
        elif c["broken_lkmm"]:
            out.append("**lkmm does not keep it**: the lkmm compile records it broken too.")
        else:
            how = []
            if c.get("promoted_lkmm"):
                how.append("%d head(s) of the function promoted to acquire" % c["promoted_lkmm"])
            if c.get("kept_legs_lkmm"):
                how.append("%d leg(s) kept" % c["kept_legs_lkmm"])
            out.append("**lkmm keeps it**: the lkmm compile of the same object records no "
                       "broken dependency there%s." % (" (" + "; ".join(how) + ")" if how else ""))
        out.append("")
        if c.get("same_code"):
            out.append("Pass: not looked for: the code is the same with and without lkmm.")
        elif c.get("passes"):
            ps = "; ".join("%s (`%s`)" % ("/".join(n), " ".join(f)) for n, f in c["passes"])
            out.append("Pass: %s: the flag(s), added to the check-mode compile, make the "
                       "broken dependency go." % ps)
        else:
            out.append("Pass: none of the flags tried brings the dependency back.")
        for d in c.get("dumps", []):
            name, before, lines = d
            out += ["", "What `%s` changed in the function (its dump against `%s`'s; - "
                    "removed, + added, the head's and the access's lines first):"
                    % (name, before), "", "```"] + lines + ["```"]
        if c.get("passes") and not c.get("dumps"):
            out += ["", "The dumps of that pass show no change in the function."]
        return "\n".join(out)

    def cases(self):
        if not self.d["cases"]:
            return "No broken dependency was recorded: there is no case to show."
        return "\n\n".join(self.case(i + 1, c) for i, c in enumerate(self.d["cases"]))

    def case_summary(self):
        rows = []
        for i, c in enumerate(self.d["cases"]):
            k = c["key"]
            p = ", ".join("/".join(n) for n, _ in c.get("passes", [])) or (
                "not looked for" if c.get("same_code") else "no flag brings it back")
            kept = "?" if "error" in c else ("no" if c["broken_lkmm"] else "yes")
            if c.get("same_code") and c.get("broken_check") != c.get("broken_lkmm"):
                kept = "same code both ways: verifier misjudgement"
            rows.append([i + 1, k[0], "`%s()`" % k[5], "%s:%s" % (k[1], k[2]),
                         ", ".join(c["archs"]), p, kept])
        return table(["#", "Kind", "Function", "Access", "Broken on", "Pass", "lkmm keeps it"], rows)

    def llvm(self):
        rows = []
        for r in self.d["llvm"]:
            cells = []
            for a in self.archs:
                p = r["per"][a]
                cfg = "not set" if p["config"] is None else "=" + p["config"]
                if p["outside"]:
                    cells.append("config %s; outside the measured directories" % cfg)
                    continue
                if not p["built"]:
                    cells.append("config %s, not built" % cfg)
                    continue
                cells.append("config %s, built: %d broken in the file%s" % (
                    cfg, p["broken_file"], "; in the function: %d heads (early pass), %d broken" % (
                        p["heads_function"], p["broken_function"]) if r["function"] else ""))
            where = "`%s`" % r["file"] + (" `%s()`" % r["function"] if r["function"] else "")
            src = "[thread](%s)" % r["url"] if r["url"] else "named in issue 13; thread not found"
            rows.append([r["what"], where, src] + cells)
        return table(["Report", "Code", "Source"] + self.archs, rows)


def render(template, data):
    r = Render(data)

    def sub(m):
        name, *args = m.group(1).split()
        return str(getattr(r, name)(*[int(a) if a.isdigit() else a for a in args]))
    return re.sub(r"@@([^@]+)@@", sub, template)
