// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * generic-checks.c - the lkmm-* warnings decided on GENERIC: what the C
 * front end folded away before any pass could see a dependency.
 *
 * The front end folds q % 1, q || 1, (q & 0xff) < 256, r & 0, p - p and
 * r == 1 ? r : 1 before any pass sees them.  At PLUGIN_PRE_GENERICIZE, on
 * the folded GENERIC, a head local (a marked local, or with warn=all one
 * assigned a volatile or atomic load) that the source reads (DECL_READ_P)
 * but whose every read folded away is a cancelled dependency; the
 * statement that lost it is the first one in its scope whose source line
 * names the variable: an if whose condition is now constant is a constant
 * condition, anything else a cancelled dependency.  A ctrl_dep() whose
 * argument folded to a constant shows as the initialization of its marked
 * local __lkmm_ctrl with a constant.  With warn=all, a condition or an
 * index that is (READ_ONCE(x), const) is the unmarked form of the same.
 *
 * Marked heads (lkmm_addr_dep, lkmm_ctrl_dep, ctrl_dep()) always get these
 * warnings; unmarked idioms (READ_ONCE() & co.) only with warn=all.  The
 * trees seen here live only while one function is genericized.
 */
#include "lkmm-plugin.h"

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

/* The checks of FNDECL's folded BODY. */
static void lkmm_generic_checks(tree fndecl, tree body)
{
	struct lkmm_generic g;
	hash_set<tree> seen;

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

/* PLUGIN_PRE_GENERICIZE: one function's folded GENERIC. */
void lkmm_pre_genericize(void *gcc_data, void *)
{
	tree fndecl = (tree)gcc_data;
	tree body;

	if (!fndecl || TREE_CODE(fndecl) != FUNCTION_DECL || seen_error())
		return;
	/* Without warn=all, only marked locals are looked for, and there
	 * are none before the unit marks some declaration: no walk. */
	if (!lkmm_opt.warn_all && !lkmm_any_marks())
		return;
	body = DECL_SAVED_TREE(fndecl);
	if (body)
		lkmm_generic_checks(fndecl, body);
}
