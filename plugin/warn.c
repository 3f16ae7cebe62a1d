// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * warn.c - the lkmm-* warnings' output, and the pragmas that silence them.
 *
 * Some code cannot carry the ordering it seems to promise, whatever the
 * compiler does; lkmm says so at the line, through GCC's diagnostic
 * machinery (so -Werror, -w and -fdiagnostics-format=json apply):
 *
 *   lkmm-constant-condition   a control dependency whose condition no
 *                             longer depends on the head: no branch exists;
 *   lkmm-cancelled-dependency an address or data dependency cancelled by
 *                             arithmetic (r & 0, p - p, x ^ x, r * 0);
 *   lkmm-load-only-ctrl       a control dependency whose legs hold loads
 *                             but no store: a branch never orders loads;
 *   lkmm-load-only-cond       the same, where the legs only load to test
 *                             more of the condition (a && b, a loop's next
 *                             head): warn=pedantic for unmarked heads;
 *   lkmm-unprotected          a dependency that did not survive (verify.c).
 *
 * The checks that decide them are generic-checks.c (GENERIC), diag.c
 * (GIMPLE) and verify.c (RTL); this file only prints.  It calls no other
 * file of the plugin but stats.c (a record per warning printed), which
 * calls only arch.c.
 *
 * GCC lets plugins register no -W option, so -Wno-... and
 * "#pragma GCC diagnostic" cannot name these warnings.  Instead:
 *   #pragma lkmm diagnostic push|pop
 *   #pragma lkmm diagnostic ignored|warning|error "lkmm-<name>"|"lkmm-all"
 * recorded with their locations and replayed, like GCC's own diagnostic
 * pragmas, for each warning's location.  The recorded pragmas hold no
 * trees (a location and two enums each): no GC root is needed.
 */
#include "lkmm-plugin.h"
#include "c-family/c-pragma.h"
#include "gcc-rich-location.h"

/* Only cc1 and cc1plus have the C pragma machinery; weak references keep
 * the plugin loadable in lto1. */
extern void c_register_pragma(const char *, const char *, pragma_handler_1arg)
	__attribute__((weak));
extern enum cpp_ttype pragma_lex(tree *, location_t *) __attribute__((weak));

static const char *const lkmm_warning_names[LKMM_W_COUNT] = {
	"lkmm-constant-condition",
	"lkmm-cancelled-dependency",
	"lkmm-load-only-ctrl",
	"lkmm-unprotected",
	"lkmm-load-only-cond",
};

/* ---------------------------------------------------------------------
 * #pragma lkmm diagnostic
 */

enum lkmm_pragma_op { LKMM_P_PUSH, LKMM_P_POP, LKMM_P_SET };

struct lkmm_pragma {
	location_t loc;
	enum lkmm_pragma_op op;
	int w;			/* warning kind, or -1 for all */
	diagnostic_t kind;	/* DK_IGNORED, DK_WARNING, DK_ERROR */
};

static vec<lkmm_pragma> lkmm_pragmas;

static int lkmm_warning_index(const char *name)
{
	int i;

	if (!strcmp(name, "lkmm-all"))
		return -1;
	for (i = 0; i < LKMM_W_COUNT; i++)
		if (!strcmp(name, lkmm_warning_names[i]))
			return i;
	return -2;
}

static void lkmm_handle_pragma(cpp_reader *)
{
	struct lkmm_pragma p;
	location_t loc;
	const char *op;
	tree x;

	if (pragma_lex(&x, &loc) != CPP_NAME) {
		warning_at(loc, OPT_Wpragmas, "%<#pragma lkmm diagnostic%> "
			   "needs push, pop, ignored, warning or error");
		return;
	}
	op = IDENTIFIER_POINTER(x);
	p.loc = loc;
	p.w = -1;
	p.kind = DK_WARNING;
	if (!strcmp(op, "push") || !strcmp(op, "pop")) {
		p.op = *op == 'p' && op[1] == 'u' ? LKMM_P_PUSH : LKMM_P_POP;
		lkmm_pragmas.safe_push(p);
		return;
	}
	p.op = LKMM_P_SET;
	if (!strcmp(op, "ignored"))
		p.kind = DK_IGNORED;
	else if (!strcmp(op, "error"))
		p.kind = DK_ERROR;
	else if (strcmp(op, "warning")) {
		warning_at(loc, OPT_Wpragmas, "%<#pragma lkmm diagnostic%>: "
			   "unknown action %qs", op);
		return;
	}
	if (pragma_lex(&x, NULL) != CPP_STRING) {
		warning_at(loc, OPT_Wpragmas, "%<#pragma lkmm diagnostic %s%> "
			   "needs a warning name, e.g. \"lkmm-unprotected\"", op);
		return;
	}
	p.w = lkmm_warning_index(TREE_STRING_POINTER(x));
	if (p.w == -2) {
		warning_at(loc, OPT_Wpragmas, "%<#pragma lkmm diagnostic%>: "
			   "unknown warning %qs", TREE_STRING_POINTER(x));
		return;
	}
	lkmm_pragmas.safe_push(p);
}

/* PLUGIN_PRAGMAS: the front end is ready for #pragma lkmm. */
void lkmm_register_pragmas(void *, void *)
{
	if (c_register_pragma && pragma_lex)
		c_register_pragma("lkmm", "diagnostic", lkmm_handle_pragma);
}

/* What the pragmas before LOC make of warning W. */
static diagnostic_t lkmm_classify(int w, location_t loc)
{
	auto_vec<diagnostic_t, 8> stack;
	diagnostic_t cur[LKMM_W_COUNT];
	unsigned i;
	int j;

	for (j = 0; j < LKMM_W_COUNT; j++)
		cur[j] = DK_WARNING;
	for (i = 0; i < lkmm_pragmas.length(); i++) {
		const struct lkmm_pragma *p = &lkmm_pragmas[i];

		if (!linemap_location_before_p(line_table, p->loc, loc))
			continue;
		switch (p->op) {
		case LKMM_P_PUSH:
			for (j = 0; j < LKMM_W_COUNT; j++)
				stack.safe_push(cur[j]);
			break;
		case LKMM_P_POP:
			if (stack.length() < LKMM_W_COUNT)
				break;
			for (j = LKMM_W_COUNT - 1; j >= 0; j--)
				cur[j] = stack.pop();
			break;
		case LKMM_P_SET:
			for (j = 0; j < LKMM_W_COUNT; j++)
				if (p->w < 0 || p->w == j)
					cur[j] = p->kind;
			break;
		}
	}
	return cur[w];
}

/* ---------------------------------------------------------------------
 * Once per unit
 *
 * An inline helper in a header says the same at the same line in every
 * caller it is expanded into (page_fixed_fake_head() under each
 * compound_head(): 526 of riscv64's 553 lkmm-load-only-ctrl in kernel/ +
 * mm/), and that line is what a maintainer would change.  The load-only
 * warnings are said once per unit for a kind, a line and its head's line.
 */

struct lkmm_said {
	int w;
	expanded_location at, head;
};

static vec<lkmm_said> lkmm_said_list;

static bool lkmm_same_loc_p(const expanded_location &a,
			    const expanded_location &b)
{
	return a.line == b.line && a.column == b.column &&
	       (a.file == b.file ||
		(a.file && b.file && !strcmp(a.file, b.file)));
}

/* Was W said at LOC, with its head at HEAD (both where the user wrote
 * them, lkmm_user_loc), in this unit already?  Records it when not. */
static bool lkmm_said_p(enum lkmm_warning_kind w, location_t loc,
			location_t head)
{
	struct lkmm_said s;
	unsigned i;

	if (w != LKMM_W_LOAD_ONLY && w != LKMM_W_LOAD_ONLY_COND)
		return false;
	s.w = w;
	s.at = expand_location(loc);
	s.head = expand_location(head);
	for (i = 0; i < lkmm_said_list.length(); i++) {
		const struct lkmm_said *p = &lkmm_said_list[i];

		if (p->w == s.w && lkmm_same_loc_p(p->at, s.at) &&
		    lkmm_same_loc_p(p->head, s.head))
			return true;
	}
	lkmm_said_list.safe_push(s);
	return false;
}

/* ---------------------------------------------------------------------
 * Emitting
 */

/* Where the user wrote it: the expansion point of a macro location. */
location_t lkmm_user_loc(location_t loc)
{
	if (loc == UNKNOWN_LOCATION)
		return loc;
	return linemap_resolve_location(line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL);
}

/*
 * Can the head load HEAD be shown as a labelled range in the source
 * snippet of a warning at LOC?  GCC prints a secondary range only in the
 * primary location's file and outside macro expansions (pointer-equal
 * file names, as diagnostic-show-locus.cc compares them), and there is a
 * snippet with labels only in text output with the source shown.  JSON
 * output (which leaves print_path NULL) and -fdiagnostics-plain-output get
 * the note instead, as does a head in another file.
 */
static bool lkmm_head_in_snippet(location_t loc, location_t head)
{
	source_range r;
	expanded_location at, start, finish;

	if (!global_dc->show_caret || !global_dc->show_labels_p ||
	    !global_dc->print_path)
		return false;
	r = get_range_from_loc(line_table, head);
	if (linemap_location_from_macro_expansion_p(line_table, loc) ||
	    linemap_location_from_macro_expansion_p(line_table, r.m_start) ||
	    linemap_location_from_macro_expansion_p(line_table, r.m_finish))
		return false;
	at = expand_location(loc);
	start = expand_location(r.m_start);
	finish = expand_location(r.m_finish);
	return at.file && start.file == at.file && finish.file == at.file &&
	       start.line <= finish.line;
}

/*
 * Warn W at LOC ("... [lkmm-<name>]") and show the head load HEAD (when
 * known) with HEAD_MSG, or a default: as a labelled range in the
 * warning's own snippet where GCC can print it there (the head and the
 * access together, in source order), else in a note, as GCC's C parser
 * does with "to match this".  True when something was printed.
 */
bool lkmm_warning(enum lkmm_warning_kind w, location_t loc, location_t head,
		  const char *head_msg, const char *fmt, ...)
{
	const char *what = head_msg ? head_msg : G_("the head load is here");
	diagnostic_t kind;
	diagnostic_info di;
	bool ok, labelled;
	char *msg;
	va_list ap;

	loc = lkmm_user_loc(loc);
	head = lkmm_user_loc(head);
	kind = lkmm_classify(w, loc);
	if (kind == DK_IGNORED || lkmm_said_p(w, loc, head))
		return false;
	auto_diagnostic_group d;
	gcc_rich_location rl(loc);
	text_range_label label(what);
	labelled = head != UNKNOWN_LOCATION && lkmm_head_in_snippet(loc, head);
	if (labelled)
		rl.add_range(head, SHOW_RANGE_WITHOUT_CARET, &label);
	msg = xasprintf("%s [%s]", fmt, lkmm_warning_names[w]);
	/* emit_diagnostic_valist() without its rich_location of one range. */
	va_start(ap, fmt);
	diagnostic_set_info(&di, msg, &ap, &rl, kind);
	ok = diagnostic_report_diagnostic(global_dc, &di);
	va_end(ap);
	free(msg);
	if (ok)
		lkmm_stats_warning(lkmm_warning_names[w], loc);
	if (ok && head != UNKNOWN_LOCATION && !labelled)
		inform(head, "%s", what);
	return ok;
}
