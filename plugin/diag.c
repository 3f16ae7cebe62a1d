// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * diag.c - the lkmm-* warnings.
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
 *   lkmm-unprotected          a dependency that did not survive (verify.c).
 *
 * Marked heads (lkmm_addr_dep, lkmm_ctrl_dep, ctrl_dep()) always get them;
 * unmarked idioms (READ_ONCE() & co.) only with warn=all.  The same source
 * warns the same on every target: nothing here depends on what the
 * protecting passes do.
 *
 * Algorithm.  The C front end folds q % 1, q || 1, (q & 0xff) < 256, r & 0,
 * p - p and r == 1 ? r : 1 before any pass sees them, so two places look:
 *
 *   - PLUGIN_PRE_GENERICIZE, on the folded GENERIC.  A head local (a marked
 *     local, or with warn=all one assigned a volatile or atomic load) that
 *     the source reads (DECL_READ_P) but whose every read folded away is a
 *     cancelled dependency; the statement that lost it is the first one in
 *     its scope whose source line names the variable: an if whose condition
 *     is now constant is a constant condition, anything else a cancelled
 *     dependency.  A ctrl_dep() whose argument folded to a constant shows as
 *     the initialization of its marked local __lkmm_ctrl with a constant.
 *     With warn=all, a condition or an index that is (READ_ONCE(x), const)
 *     is the unmarked form of the same.
 *   - lkmm_diagnose(), on GIMPLE right after early inlining: for each
 *     branch on a head-derived value, the legs are the blocks reached from
 *     each successor before the branch's immediate post-dominator; legs
 *     with loads but no memory write at all (no store, call or asm with a
 *     memory clobber) draw lkmm-load-only-ctrl.  The same walk tells
 *     verify.c which dependent accesses the RTL must still order.
 *
 * GCC lets plugins register no -W option, so -Wno-... and
 * "#pragma GCC diagnostic" cannot name these warnings.  Instead:
 *   #pragma lkmm diagnostic push|pop
 *   #pragma lkmm diagnostic ignored|warning|error "lkmm-<name>"|"lkmm-all"
 * recorded with their locations and replayed, like GCC's own diagnostic
 * pragmas, for each warning's location.
 */
#include "lkmm-plugin.h"
#include "c-family/c-pragma.h"

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

static void lkmm_register_pragmas(void *, void *)
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
 * Warn W at LOC ("... [lkmm-<name>]"), with a note at the head load HEAD
 * (HEAD_MSG, or a default) when known.  True when something was printed.
 */
bool lkmm_warning(enum lkmm_warning_kind w, location_t loc, location_t head,
		  const char *head_msg, const char *fmt, ...)
{
	diagnostic_t kind;
	char *msg;
	va_list ap;
	bool ok;

	loc = lkmm_user_loc(loc);
	kind = lkmm_classify(w, loc);
	if (kind == DK_IGNORED)
		return false;
	auto_diagnostic_group d;
	msg = xasprintf("%s [%s]", fmt, lkmm_warning_names[w]);
	va_start(ap, fmt);
	ok = emit_diagnostic_valist(kind, loc, 0, msg, &ap);
	va_end(ap);
	free(msg);
	if (ok)
		lkmm_stats_warning(lkmm_warning_names[w], loc);
	if (ok && head != UNKNOWN_LOCATION)
		inform(lkmm_user_loc(head), "%s",
		       head_msg ? head_msg : G_("the head load is here"));
	return ok;
}

/* ---------------------------------------------------------------------
 * GENERIC: what the front end folded away
 */

struct lkmm_local {
	tree decl;
	unsigned marks;		/* LKMM_ADDR | LKMM_CTRL */
	bool explicit_p;	/* marked, not just warn=all */
	bool read;		/* a read survived folding */
	location_t head;	/* where its value was loaded */
};

struct lkmm_generic {
	tree fndecl;
	bool reads;		/* second walk: only mark the reads */
	auto_vec<lkmm_local> locals;
	auto_vec<int> const_lines;	/* lines of a constant ctrl_dep() */
	hash_set<tree> seen;
};

static struct lkmm_local *lkmm_find_local(struct lkmm_generic *g, tree decl)
{
	unsigned i;

	for (i = 0; i < g->locals.length(); i++)
		if (g->locals[i].decl == decl)
			return &g->locals[i];
	return NULL;
}

static tree lkmm_find_volatile_r(tree *tp, int *walk_subtrees, void *)
{
	tree t = *tp;

	if (TYPE_P(t)) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if ((TREE_CODE(t) == MEM_REF || TREE_CODE(t) == INDIRECT_REF ||
	     TREE_CODE(t) == VAR_DECL || TREE_CODE(t) == COMPONENT_REF ||
	     TREE_CODE(t) == ARRAY_REF) && TREE_THIS_VOLATILE(t))
		return t;
	if (TREE_CODE(t) == CALL_EXPR && get_callee_fndecl(t) &&
	    fndecl_built_in_p(get_callee_fndecl(t), BUILT_IN_NORMAL)) {
		switch (DECL_FUNCTION_CODE(get_callee_fndecl(t))) {
		case BUILT_IN_ATOMIC_LOAD_N:
		case BUILT_IN_ATOMIC_LOAD_1:
		case BUILT_IN_ATOMIC_LOAD_2:
		case BUILT_IN_ATOMIC_LOAD_4:
		case BUILT_IN_ATOMIC_LOAD_8:
		case BUILT_IN_ATOMIC_LOAD_16:
		case BUILT_IN_ATOMIC_LOAD:
			return t;
		default:
			break;
		}
	}
	return NULL_TREE;
}

/* Does the value E come from a volatile or __atomic load (an implicit head)? */
static bool lkmm_loads_head(tree e)
{
	return e && lkmm_opt.implicit &&
	       walk_tree_without_duplicates(&e, lkmm_find_volatile_r, NULL);
}

/* A local that heads dependencies: marked, or (warn=all) loaded. */
static void lkmm_note_local(struct lkmm_generic *g, tree decl, tree val,
			    location_t loc)
{
	struct lkmm_local *l, n;
	unsigned marks;

	if (!VAR_P(decl) || TREE_STATIC(decl) || DECL_EXTERNAL(decl) ||
	    DECL_CONTEXT(decl) != g->fndecl || TREE_THIS_VOLATILE(decl) ||
	    TREE_ADDRESSABLE(decl))
		return;
	marks = lkmm_decl_marks(decl);
	l = lkmm_find_local(g, decl);
	if (!l && !marks && !(lkmm_opt.warn_all && lkmm_loads_head(val)))
		return;
	if (!l) {
		memset(&n, 0, sizeof(n));
		n.decl = decl;
		n.marks = marks ? marks : LKMM_ADDR | LKMM_CTRL;
		n.explicit_p = marks != 0;
		n.head = UNKNOWN_LOCATION;
		g->locals.safe_push(n);
		l = &g->locals.last();
	}
	if (l->head == UNKNOWN_LOCATION && val && lkmm_loads_head(val))
		l->head = loc;
}

static tree lkmm_strip(tree t)
{
	for (;;) {
		STRIP_NOPS(t);
		if (TREE_CODE(t) == COMPOUND_EXPR)
			t = TREE_OPERAND(t, 1);
		else if (TREE_CODE(t) == NON_LVALUE_EXPR ||
			 TREE_CODE(t) == SAVE_EXPR)
			t = TREE_OPERAND(t, 0);
		else
			return t;
	}
}

/* (READ_ONCE(x), 0): a head whose value folded away, unmarked. */
static bool lkmm_folded_head_p(tree t)
{
	STRIP_NOPS(t);
	return TREE_CODE(t) == COMPOUND_EXPR &&
	       CONSTANT_CLASS_P(lkmm_strip(t)) &&
	       lkmm_loads_head(TREE_OPERAND(t, 0));
}

static location_t lkmm_expr_loc(tree t, location_t dflt)
{
	return t && EXPR_HAS_LOCATION(t) ? EXPR_LOCATION(t) : dflt;
}

/* The ctrl_dep() local: the macro's statement expression defines it. */
static bool lkmm_ctrl_dep_local_p(tree decl)
{
	return DECL_NAME(decl) &&
	       !strcmp(IDENTIFIER_POINTER(DECL_NAME(decl)), "__lkmm_ctrl") &&
	       lkmm_decl_marks(decl) & LKMM_CTRL;
}

static tree lkmm_scan_r(tree *tp, int *walk_subtrees, void *data);

/* ctrl_dep() of a constant: no branch.  The line is remembered so that the
 * variables it folded away are not reported again there. */
static void lkmm_const_ctrl_dep(struct lkmm_generic *g, location_t loc)
{
	g->const_lines.safe_push(expand_location(loc).line);
	lkmm_warning(LKMM_W_CONST_COND, loc, UNKNOWN_LOCATION, NULL,
		     G_("the condition of %<ctrl_dep()%> is a constant after "
			"folding: no branch can order the stores that follow"));
}

static void lkmm_scan(struct lkmm_generic *g, tree *tp)
{
	walk_tree(tp, lkmm_scan_r, g, &g->seen);
}

/* First pass: find head locals, and which of them are still read. */
static tree lkmm_scan_r(tree *tp, int *walk_subtrees, void *data)
{
	struct lkmm_generic *g = (struct lkmm_generic *)data;
	tree t = *tp, decl, init;
	struct lkmm_local *l;

	if (TYPE_P(t)) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	switch (TREE_CODE(t)) {
	case DECL_EXPR:
		decl = DECL_EXPR_DECL(t);
		*walk_subtrees = 0;
		if (!VAR_P(decl))
			return NULL_TREE;
		init = DECL_INITIAL(decl);
		if (g->reads) {
			if (init && init != error_mark_node)
				lkmm_scan(g, &DECL_INITIAL(decl));
			return NULL_TREE;
		}
		if (init && init != error_mark_node) {
			lkmm_note_local(g, decl, init, lkmm_expr_loc(t,
					DECL_SOURCE_LOCATION(decl)));
			if (lkmm_ctrl_dep_local_p(decl) &&
			    CONSTANT_CLASS_P(lkmm_strip(init)))
				lkmm_const_ctrl_dep(g, lkmm_expr_loc(t,
						    DECL_SOURCE_LOCATION(decl)));
			lkmm_scan(g, &DECL_INITIAL(decl));
		} else {
			lkmm_note_local(g, decl, NULL_TREE, UNKNOWN_LOCATION);
		}
		return NULL_TREE;
	case MODIFY_EXPR:
	case INIT_EXPR:
		decl = TREE_OPERAND(t, 0);
		if (!VAR_P(decl))
			return NULL_TREE;
		*walk_subtrees = 0;
		if (g->reads) {
			lkmm_scan(g, &TREE_OPERAND(t, 1));
			return NULL_TREE;
		}
		lkmm_note_local(g, decl, TREE_OPERAND(t, 1),
				lkmm_expr_loc(t, UNKNOWN_LOCATION));
		if (lkmm_ctrl_dep_local_p(decl) &&
		    CONSTANT_CLASS_P(lkmm_strip(TREE_OPERAND(t, 1))))
			lkmm_const_ctrl_dep(g, lkmm_expr_loc(t, input_location));
		lkmm_scan(g, &TREE_OPERAND(t, 1));
		return NULL_TREE;
	case COND_EXPR:
		if (!g->reads && lkmm_opt.warn_all && VOID_TYPE_P(TREE_TYPE(t)) &&
		    lkmm_folded_head_p(TREE_OPERAND(t, 0)))
			lkmm_warning(LKMM_W_CONST_COND, lkmm_expr_loc(t,
				     input_location), UNKNOWN_LOCATION, NULL,
				     G_("the condition of this control "
					"dependency is a constant after folding: "
					"no branch can order the stores that "
					"follow"));
		return NULL_TREE;
	case ARRAY_REF:
		if (!g->reads && lkmm_opt.warn_all && lkmm_folded_head_p(TREE_OPERAND(t, 1)))
			lkmm_warning(LKMM_W_CANCELLED, lkmm_expr_loc(t,
				     input_location), UNKNOWN_LOCATION, NULL,
				     G_("the index of this access is a "
					"constant after folding: the address "
					"dependency on the loaded value is "
					"cancelled"));
		return NULL_TREE;
	case VAR_DECL:
		l = g->reads ? lkmm_find_local(g, t) : NULL;
		if (l)
			l->read = true;
		return NULL_TREE;
	default:
		return NULL_TREE;
	}
}

/* Does source line LINE of FILE name the identifier ID? */
static bool lkmm_line_names(const char *file, int line, const char *id)
{
	char_span s = location_get_source_line(file, line);
	size_t n = strlen(id), i;
	const char *p;

	if (!s || !file || !n)
		return false;
	p = s.get_buffer();
	for (i = 0; i + n <= s.length(); i++) {
		if (memcmp(p + i, id, n))
			continue;
		if (i && (ISIDNUM(p[i - 1])))
			continue;
		if (i + n < s.length() && ISIDNUM(p[i + n]))
			continue;
		return true;
	}
	return false;
}

struct lkmm_where {
	struct lkmm_local *l;
	expanded_location from;	/* the declaration */
	location_t loc;		/* first statement naming it */
	int line;
	bool const_cond;	/* ...an if whose condition is constant */
	hash_set<tree> seen;
};

static tree lkmm_where_r(tree *tp, int *walk_subtrees, void *data)
{
	struct lkmm_where *w = (struct lkmm_where *)data;
	tree t = *tp;
	expanded_location x;
	bool cc;

	if (TYPE_P(t) || DECL_P(t)) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (TREE_CODE(t) == DECL_EXPR && DECL_EXPR_DECL(t) == w->l->decl) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (!EXPR_HAS_LOCATION(t) || TREE_CODE(t) == STATEMENT_LIST)
		return NULL_TREE;
	x = expand_location(EXPR_LOCATION(t));
	if (!x.file || !w->from.file || strcmp(x.file, w->from.file) ||
	    x.line < w->from.line || (w->line && x.line > w->line))
		return NULL_TREE;
	cc = (TREE_CODE(t) == COND_EXPR || TREE_CODE(t) == SWITCH_EXPR) &&
	     CONSTANT_CLASS_P(lkmm_strip(TREE_OPERAND(t, 0)));
	if (w->line == x.line) {
		if (cc && !w->const_cond) {
			w->const_cond = true;
			w->loc = EXPR_LOCATION(t);
		}
		return NULL_TREE;
	}
	if (x.line == w->from.line && !cc)
		return NULL_TREE;	/* the declaration's own line */
	if (!lkmm_line_names(x.file, x.line,
			     IDENTIFIER_POINTER(DECL_NAME(w->l->decl))))
		return NULL_TREE;
	w->line = x.line;
	w->loc = EXPR_LOCATION(t);
	w->const_cond = cc;
	return NULL_TREE;
}

/* L is read in the source, but every read folded away: say where. */
static void lkmm_report_folded(struct lkmm_generic *g, struct lkmm_local *l,
			       tree scope)
{
	struct lkmm_where w;
	const char *name;

	if (!DECL_NAME(l->decl) || lkmm_ctrl_dep_local_p(l->decl))
		return;
	name = IDENTIFIER_POINTER(DECL_NAME(l->decl));
	w.l = l;
	w.from = expand_location(DECL_SOURCE_LOCATION(l->decl));
	w.loc = UNKNOWN_LOCATION;
	w.line = 0;
	w.const_cond = false;
	walk_tree(&scope, lkmm_where_r, &w, &w.seen);
	if (w.loc == UNKNOWN_LOCATION || g->const_lines.contains(w.line))
		return;
	if (w.const_cond && l->marks & LKMM_CTRL)
		lkmm_warning(LKMM_W_CONST_COND, w.loc, l->head,
			     G_("the head is loaded here"),
			     G_("the condition does not depend on %qs after "
				"folding: no branch can order the stores "
				"that follow"), name);
	else if (!w.const_cond && l->marks & LKMM_ADDR)
		lkmm_warning(LKMM_W_CANCELLED, w.loc, l->head,
			     G_("the head is loaded here"),
			     G_("the dependency on %qs is cancelled by "
				"arithmetic: the address or value used here "
				"does not depend on it after folding"), name);
}

static tree lkmm_bind_r(tree *tp, int *walk_subtrees, void *data)
{
	struct lkmm_generic *g = (struct lkmm_generic *)data;
	tree t = *tp, v;

	if (TYPE_P(t) || DECL_P(t)) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	if (TREE_CODE(t) != BIND_EXPR)
		return NULL_TREE;
	for (v = BIND_EXPR_VARS(t); v; v = DECL_CHAIN(v)) {
		struct lkmm_local *l = lkmm_find_local(g, v);

		if (l && !l->read && VAR_P(v) && DECL_READ_P(v) &&
		    (l->explicit_p || lkmm_opt.warn_all))
			lkmm_report_folded(g, l, BIND_EXPR_BODY(t));
	}
	return NULL_TREE;
}

static void lkmm_pre_genericize(void *gcc_data, void *)
{
	tree fndecl = (tree)gcc_data;
	struct lkmm_generic g;
	hash_set<tree> seen;
	tree body;

	if (!fndecl || TREE_CODE(fndecl) != FUNCTION_DECL || seen_error())
		return;
	body = DECL_SAVED_TREE(fndecl);
	if (!body)
		return;
	g.fndecl = fndecl;
	g.reads = false;
	lkmm_scan(&g, &body);
	if (g.locals.is_empty())
		return;
	/* Reads are counted once every head local is known: a loop may
	 * read a local above the assignment that makes it a head. */
	g.reads = true;
	g.seen.empty();
	lkmm_scan(&g, &body);
	walk_tree(&body, lkmm_bind_r, &g, &seen);
}

void lkmm_register_diagnostics(const char *plugin_name)
{
	register_callback(plugin_name, PLUGIN_PRAGMAS, lkmm_register_pragmas,
			  NULL);
	register_callback(plugin_name, PLUGIN_PRE_GENERICIZE,
			  lkmm_pre_genericize, NULL);
}

/* ---------------------------------------------------------------------
 * GIMPLE: load-only control dependencies, and what verify.c must find
 */

/* The head an operand derives from, and whether that head is marked.
 * The deps are the early run's analysis (heads.c): marked locals head
 * there as they are written, on every target. */
struct lkmm_src {
	gimple *head;
	unsigned flags;		/* LKMM_ADDR | LKMM_CTRL | LKMM_X* */
};

static struct lkmm_src lkmm_src_of(const struct lkmm_deps *deps, tree op)
{
	struct lkmm_src s;

	s.flags = lkmm_flags(deps, op);
	s.head = lkmm_head(deps, op);
	return s;
}

/* The location of the load a head statement stands for. */
static location_t lkmm_head_loc(gimple *head)
{
	if (!head)
		return UNKNOWN_LOCATION;
	const gasm *g = dyn_cast<const gasm *>(head);

	if (g && gimple_asm_ninputs(g)) {
		tree in = TREE_VALUE(gimple_asm_input_op(g, 0));

		if (TREE_CODE(in) == SSA_NAME)
			head = SSA_NAME_DEF_STMT(in);
	}
	return lkmm_stmt_loc(head);
}

/* A head verify.c can find at RTL: a volatile or __atomic load. */
static bool lkmm_rtl_head_p(gimple *head)
{
	const gasm *g = head ? dyn_cast<const gasm *>(head) : NULL;

	if (g && gimple_asm_ninputs(g)) {
		tree in = TREE_VALUE(gimple_asm_input_op(g, 0));

		head = TREE_CODE(in) == SSA_NAME ? SSA_NAME_DEF_STMT(in) : NULL;
	}
	if (!head)
		return false;
	if (gimple_assign_load_p(head))
		return gimple_has_volatile_ops(head);
	return lkmm_head_flags(head) && is_gimple_call(head);
}

/* Should a dependency from a head with FLAGS be reported? */
static bool lkmm_reported(unsigned flags)
{
	return (flags & LKMM_EXPLICIT) || lkmm_opt.warn_all || lkmm_opt.check;
}

/* The head-derived SSA name in the address of memory reference REF. */
static tree lkmm_ref_dep(const struct lkmm_deps *deps, tree ref)
{
	for (;;) {
		switch (TREE_CODE(ref)) {
		case ARRAY_REF:
		case ARRAY_RANGE_REF:
			if (lkmm_flags(deps, TREE_OPERAND(ref, 1)) & LKMM_ADDR)
				return TREE_OPERAND(ref, 1);
			ref = TREE_OPERAND(ref, 0);
			break;
		case COMPONENT_REF:
		case BIT_FIELD_REF:
		case REALPART_EXPR:
		case IMAGPART_EXPR:
		case VIEW_CONVERT_EXPR:
			ref = TREE_OPERAND(ref, 0);
			break;
		case MEM_REF:
		case TARGET_MEM_REF:
			if (lkmm_flags(deps, TREE_OPERAND(ref, 0)) & LKMM_ADDR)
				return TREE_OPERAND(ref, 0);
			if (TREE_CODE(ref) == TARGET_MEM_REF &&
			    lkmm_flags(deps, TMR_INDEX(ref)) & LKMM_ADDR)
				return TMR_INDEX(ref);
			return NULL_TREE;
		default:
			return NULL_TREE;
		}
	}
}

/*
 * A plain access worth checking: one scalar load or store, not of a local
 * that lives on the stack (the RTL accesses those through the frame, and
 * only this function sees them), not an aggregate copy or a bit-field
 * (several insns, or a read-modify-write of the neighbours).
 */
static bool lkmm_plain_access_p(gimple *stmt, tree ref)
{
	tree base, t;

	if (!is_gimple_reg_type(TREE_TYPE(ref)) ||
	    (gimple_vdef(stmt) &&
	     !is_gimple_reg_type(TREE_TYPE(gimple_assign_rhs1(stmt)))) ||
	    TREE_CODE(ref) == BIT_FIELD_REF)
		return false;
	for (t = ref; handled_component_p(t); t = TREE_OPERAND(t, 0))
		if (TREE_CODE(t) == COMPONENT_REF &&
		    DECL_BIT_FIELD(TREE_OPERAND(t, 1)))
			return false;
	base = get_base_address(ref);
	if (!base)
		return false;
	if (TREE_CODE(base) == MEM_REF &&
	    TREE_CODE(TREE_OPERAND(base, 0)) == ADDR_EXPR)
		base = TREE_OPERAND(TREE_OPERAND(base, 0), 0);
	if (DECL_P(base) && !is_global_var(base))
		return false;
	return true;
}

static bool lkmm_derived(const struct lkmm_deps *deps, tree op)
{
	return lkmm_src_of(deps, op).flags != 0;
}

/*
 * The head-derived names that are so only on some paths: a PHI with an
 * argument that is not derived (q = i == 2 ? &arr[i] : &y), and what is
 * computed from such names alone.  verify.c checks each path, and on the
 * other paths the source itself has no dependency: accesses through them
 * (plain or volatile: _compound_head() returns the head - 1 or the page)
 * are not expected.
 */
static void lkmm_find_partial(function *fn, const struct lkmm_deps *deps,
			      auto_vec<bool> *part)
{
	auto_vec<tree> work;
	basic_block bb;
	unsigned i;

	part->safe_grow_cleared(num_ssa_names);
	FOR_EACH_BB_FN(bb, fn) {
		gphi_iterator gpi;

		for (gpi = gsi_start_phis(bb); !gsi_end_p(gpi); gsi_next(&gpi)) {
			gphi *phi = gpi.phi();
			tree res = gimple_phi_result(phi);

			if (virtual_operand_p(res) || !lkmm_derived(deps, res))
				continue;
			for (i = 0; i < gimple_phi_num_args(phi); i++)
				if (!lkmm_derived(deps, gimple_phi_arg_def(phi, i)))
					break;
			if (i < gimple_phi_num_args(phi)) {
				(*part)[SSA_NAME_VERSION(res)] = true;
				work.safe_push(res);
			}
		}
	}
	while (!work.is_empty()) {
		tree n = work.pop();
		imm_use_iterator it;
		gimple *use;

		FOR_EACH_IMM_USE_STMT(use, it, n) {
			tree lhs = NULL_TREE, op;
			ssa_op_iter oi;

			if (gimple_code(use) == GIMPLE_PHI) {
				lhs = gimple_phi_result(use);
			} else if ((lhs = lkmm_propagates_to(use, n))) {
				/* Partial only if every operand derived from
				 * the head it is checked against is: jiffies + j
				 * with j partial is partial for j's head, though
				 * jiffies heads too (rcu_gp_fqs_loop()). */
				gimple *h = lkmm_head(deps, lhs);

				FOR_EACH_SSA_TREE_OPERAND(op, use, oi, SSA_OP_USE)
					if (lkmm_derived(deps, op) &&
					    lkmm_head(deps, op) == h &&
					    !(*part)[SSA_NAME_VERSION(op)])
						lhs = NULL_TREE;
			} else if (lkmm_asm_kind(use) &&
				   gimple_asm_noutputs(as_a<gasm *>(use)) == 1) {
				lhs = TREE_VALUE(gimple_asm_output_op(
					as_a<gasm *>(use), 0));
			}
			if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
			    (*part)[SSA_NAME_VERSION(lhs)])
				continue;
			(*part)[SSA_NAME_VERSION(lhs)] = true;
			work.safe_push(lhs);
		}
	}
}

static bool lkmm_partial_p(const auto_vec<bool> &part, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       SSA_NAME_VERSION(op) < part.length() &&
	       part[SSA_NAME_VERSION(op)];
}

/*
 * Address and data dependencies of volatile accesses, and of plain scalar
 * loads and stores, for verify.c.  The dependent plain loads are the
 * common case (p = rcu_dereference(gp); r = p->a).
 */
static void lkmm_expect_accesses(function *fn, const struct lkmm_deps *deps,
				 const auto_vec<bool> &part)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct lkmm_src s;
			tree dep, ref;
			bool store, plain;

			if (!gimple_assign_single_p(stmt) ||
			    gimple_clobber_p(stmt))
				continue;
			store = gimple_vdef(stmt) != NULL_TREE;
			ref = store ? gimple_assign_lhs(stmt)
				    : gimple_assign_rhs1(stmt);
			plain = !gimple_has_volatile_ops(stmt);
			if (plain && (!gimple_vuse(stmt) ||
				      !(store || gimple_assign_load_p(stmt)) ||
				      !lkmm_plain_access_p(stmt, ref)))
				continue;
			dep = lkmm_ref_dep(deps, ref);
			if (dep && !lkmm_partial_p(part, dep)) {
				s = lkmm_src_of(deps, dep);
				if (lkmm_reported(s.flags) && lkmm_rtl_head_p(s.head))
					lkmm_verify_expect_ref(fn, store ?
						(plain ? LKMM_VDEP_PLAIN_STORE :
						 LKMM_VDEP_ADDR_STORE) :
						(plain ? LKMM_VDEP_PLAIN_LOAD :
						 LKMM_VDEP_ADDR_LOAD),
						lkmm_head_loc(s.head),
						lkmm_stmt_loc(stmt), ref);
			}
			if (!store)
				continue;
			if (lkmm_partial_p(part, gimple_assign_rhs1(stmt)))
				continue;
			s = lkmm_src_of(deps, gimple_assign_rhs1(stmt));
			if ((s.flags & LKMM_ADDR) && lkmm_reported(s.flags) &&
			    lkmm_rtl_head_p(s.head))
				lkmm_verify_expect(fn, plain ? LKMM_VDEP_PLAIN_DATA :
						   LKMM_VDEP_DATA,
						   lkmm_head_loc(s.head),
						   lkmm_stmt_loc(stmt));
		}
	}
}

/*
 * A load in a leg that only the branch could order: not through an
 * address computed from a head (that one is ordered already), and, for an
 * unmarked head, a READ_ONCE() or __atomic load: a plain load there says
 * nothing about what the author relies on.
 */
static bool lkmm_unordered_load_p(gimple *stmt, const struct lkmm_deps *deps,
				  unsigned flags)
{
	tree ref;

	if (!gimple_vuse(stmt))
		return false;
	if (is_gimple_call(stmt))
		return lkmm_head_flags(stmt) &&
		       !(gimple_call_num_args(stmt) &&
			 lkmm_src_of(deps, gimple_call_arg(stmt, 0)).flags &
			 LKMM_ADDR);
	if (!gimple_assign_load_p(stmt))
		return false;
	ref = gimple_assign_rhs1(stmt);
	if (lkmm_ref_dep(deps, ref))
		return false;
	return (flags & LKMM_XCTRL) || gimple_has_volatile_ops(stmt);
}

/* The legs of the branch ending BB: blocks reached before its join. */
static void lkmm_legs(basic_block bb, auto_vec<basic_block> *legs)
{
	basic_block join = get_immediate_dominator(CDI_POST_DOMINATORS, bb);
	auto_bitmap seen;
	auto_vec<basic_block> work;
	edge e;
	edge_iterator ei;

	bitmap_set_bit(seen, bb->index);
	if (join)
		bitmap_set_bit(seen, join->index);
	FOR_EACH_EDGE(e, ei, bb->succs)
		work.safe_push(e->dest);
	while (!work.is_empty()) {
		basic_block b = work.pop();

		if (b->index < NUM_FIXED_BLOCKS || !bitmap_set_bit(seen, b->index))
			continue;
		legs->safe_push(b);
		if (legs->length() > 200)
			return;
		FOR_EACH_EDGE(e, ei, b->succs)
			work.safe_push(e->dest);
	}
}

/* Control dependencies: load-only legs, and the guarded stores. */
static void lkmm_check_branches(function *fn, const struct lkmm_deps *deps,
				const auto_vec<bool> &part,
				struct lkmm_stats *st)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple *last = last_stmt(bb);
		auto_vec<basic_block> legs;
		struct lkmm_src s = { NULL, 0 }, s2;
		bool writes = false, loads = false, expect;
		unsigned i;
		int v;
		tree op;

		if (!last || gimple_code(last) != GIMPLE_COND)
			continue;
		op = gimple_cond_lhs(last);
		s = lkmm_src_of(deps, op);
		s2 = lkmm_src_of(deps, gimple_cond_rhs(last));
		if (!(s.flags & LKMM_CTRL)) {
			s = s2;
			op = gimple_cond_rhs(last);
		}
		if (!(s.flags & LKMM_CTRL) || !s.head)
			continue;
		/* A condition derived from the head on some paths only: on
		 * the others the source has no dependency to check. */
		expect = lkmm_reported(s.flags) && lkmm_rtl_head_p(s.head) &&
			 !lkmm_partial_p(part, op);
		/* A branch that goes one way whatever the head loaded (GCC's
		 * value-range passes fold it): no control dependency, so no
		 * leg to check either.  Said for marked heads only: under
		 * warn=all the unmarked ones are min() and the like, in
		 * macros and helpers (18 in arm64 kernel/ + mm/), where no
		 * one meant a dependency. */
		v = lkmm_cond_value(as_a<gcond *>(last));
		if (v >= 0) {
			if ((s.flags & LKMM_XCTRL) &&
			    lkmm_warning(LKMM_W_CONST_COND, lkmm_stmt_loc(last),
					 lkmm_head_loc(s.head),
					 G_("the head is loaded here"),
					 v ? G_("this condition is always true "
						"for the values the head can "
						"take: no branch can order the "
						"stores that follow")
					   : G_("this condition is always false "
						"for the values the head can "
						"take: no branch can order the "
						"stores that follow")))
				st->warnings++;
			continue;
		}
		lkmm_legs(bb, &legs);

		if (legs.length() > 200)
			continue;
		for (i = 0; i < legs.length(); i++) {
			gimple_stmt_iterator gsi;

			for (gsi = gsi_start_bb(legs[i]); !gsi_end_p(gsi);
			     gsi_next(&gsi)) {
				gimple *stmt = gsi_stmt(gsi);

				if (gimple_vdef(stmt) ||
				    (is_gimple_call(stmt) &&
				     !lkmm_value_builtin_p(stmt)) ||
				    gimple_code(stmt) == GIMPLE_ASM)
					writes = true;
				else if (lkmm_unordered_load_p(stmt, deps,
							       s.flags))
					loads = true;
				if (expect && gimple_vdef(stmt) &&
				    gimple_assign_single_p(stmt) &&
				    gimple_has_volatile_ops(stmt))
					lkmm_verify_expect(fn, LKMM_VDEP_CTRL,
							   lkmm_head_loc(s.head),
							   lkmm_stmt_loc(stmt));
			}
		}
		if (loads && !writes &&
		    ((s.flags & LKMM_XCTRL) || lkmm_opt.warn_all) &&
		    lkmm_warning(LKMM_W_LOAD_ONLY, lkmm_stmt_loc(last),
				 lkmm_head_loc(s.head), NULL,
				 G_("this control dependency orders no store: "
				    "its legs only load, and a branch does not "
				    "order later loads; use %<smp_rmb()%> or "
				    "%<smp_load_acquire()%>")))
			st->warnings++;
	}
}

void lkmm_diagnose(function *fn, struct lkmm_deps *deps, struct lkmm_stats *st)
{
	auto_vec<bool> part;
	bool postdom;

	if (!fn || !fn->cfg || !deps)
		return;
	postdom = dom_info_available_p(fn, CDI_POST_DOMINATORS);
	if (!postdom)
		calculate_dominance_info(CDI_POST_DOMINATORS);
	lkmm_find_partial(fn, deps, &part);
	lkmm_check_branches(fn, deps, part, st);
	if (!postdom)
		free_dominance_info(fn, CDI_POST_DOMINATORS);
	lkmm_expect_accesses(fn, deps, part);
}
