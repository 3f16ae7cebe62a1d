// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-hide.c - protecting address and data dependencies: the rewrite.
 *
 * GCC breaks an address or data dependency by learning, from a comparison,
 * which single value a head-derived name holds (p == &x, i == 0,
 * unsigned i < 1, (seq & 1) == 0, p == get_default()), and then using that
 * constant or that other register in the dependent access instead of the
 * loaded one (evrp, dom, fre, RTL cse and cprop).  docs/breakages.md, A1-A4.
 *
 * The fix: compare an opaque copy, dereference the original.  Each
 * comparison that could teach GCC a single value of a name whose value
 * reaches a dependent access is rewritten to
 *
 *	h = asm ("" : "=r" (h) : "0" (v), "i" (LKMM_ASM_MAGIC | HIDE));
 *	if (h == &x) ...
 *
 * GCC then learns h == &x, never v == &x, and the dependent accesses keep
 * using v's register.  The asm emits nothing; at most the register
 * allocator adds one mov when v stays live beside h.
 *
 * Algorithm, per function, on the head analysis of heads.c:
 *   1. Feeds: the head-derived names whose value is a dependent access's
 *      address (memory operand bases and indices), a stored value (a data
 *      dependency), or leaves the function (call argument, asm input,
 *      return value: the dependency goes on there), closed backward over
 *      the computations (assignments other than loads, phis,
 *      __builtin_expect) that define them.  A load ends the walk: its
 *      address is a feed of its own.
 *   2. Relevant: the feeds, closed forward over computations again, so
 *      that (seq & 1) is relevant when seq feeds.  Comparison results are
 *      not followed: what a branch on one teaches comes from the
 *      comparison, which is judged itself.
 *   3. Every comparison (GIMPLE_COND, comparison assignment, COND_EXPR
 *      condition, switch index) with a relevant operand that teaches a
 *      single value gets its head-derived operands hidden (both, if both
 *      are: GCC would otherwise put one head in the other's place):
 *        ==, != on integers, always;
 *        ==, != on pointers, unless against null (which teaches only
 *               "not null");
 *        <, <=, >, >= when the constant is within one of the type's
 *               bounds (unsigned i < 1 pins i == 0), or when the same name
 *               is range-tested more than once (i > 2 && i < 4); against
 *               another name only when what is known of that name could
 *               shrink to a point (a constant not yet propagated, a name
 *               tested against a constant) or the two are tested twice;
 *        switch, always.
 *      A comparison is left alone, though, when no sink (a use by memory,
 *      a call, an asm or the return) of a name a value of the compared
 *      one pins (computed from it, or it from by x + 4 and the like) can
 *      be reached from an edge that teaches the value: what GCC learns
 *      there can land nowhere.  == teaches on its true edge, != on its
 *      false one; the other edge too when the name may hold only two
 *      values ((v & 1) != 0).  A comparison computed into a truth value
 *      teaches on the edges of the branches that test that value.  A
 *      path that runs through the definition of a name again (round a
 *      loop) reaches a new value, which what was learned covers only when
 *      it is computed from it; until then, a second test of the same two
 *      values goes the one way the first decided (as jump threading
 *      knows).
 *      Anything else is left alone: code with no dependency GCC could
 *      break compiles to the same instructions.
 *   The pointer and integer parameters of static and inline functions
 *   that some caller may pass a head (heads.c scans the calls of the
 *   unit) count as heads too: such a helper may be inlined into that
 *   caller only at IPA time, after its own early optimizations.
 *   Where inlining shows that the argument heads nothing (no head, often
 *   a constant), the next run removes that hide again, so constant
 *   propagation into helpers works as before.
 *   A value that does not fit one general register (__int128, vectors,
 *   floats) cannot be copied by the asm; such a comparison is counted as
 *   skipped.  Right before IPA the early run's copies go again (unhide.c,
 *   lkmm_drop_hides), so that IPA's estimates see the code as without
 *   lkmm; the late run, after IPA inlining, hides what it must in the code
 *   inlining gives it.  In the compile step of an LTO build the copies
 *   stay, and the late run finds only the comparisons inlining brought
 *   in: an asm output is not head-derived, so nothing is hidden twice.
 */
#include "addr-dep.h"

/* Can the hide asm copy OP: an integer or pointer in one register. */
bool lkmm_hideable(tree op)
{
	tree type = TREE_TYPE(op);

	return (INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type)) &&
	       TYPE_SIZE(type) && tree_fits_uhwi_p(TYPE_SIZE(type)) &&
	       tree_to_uhwi(TYPE_SIZE(type)) <= BITS_PER_WORD;
}

/* Say in the dump file why OP, compared with OTHER (NULL_TREE: a switch
 * index) in STMT, is hidden, or that it cannot be. */
static void lkmm_dump_hide(struct lkmm_addr *a, gimple *stmt, tree op,
			   tree other, bool hidden)
{
	expanded_location c, h;
	gimple *head;

	if (!dump_file || !(dump_flags & TDF_DETAILS))
		return;
	c = expand_location(lkmm_stmt_loc(stmt));
	fprintf(dump_file, "lkmm: %s %s of ", hidden ? "hiding" : "cannot hide",
		other ? "comparison" : "switch index");
	print_generic_expr(dump_file, op, TDF_NONE);
	if (other) {
		fprintf(dump_file, " with ");
		print_generic_expr(dump_file, other, TDF_NONE);
	}
	fprintf(dump_file, " at %s:%d", c.file, c.line);
	head = lkmm_head(a->deps, op);
	if (head) {
		h = expand_location(lkmm_stmt_loc(head));
		fprintf(dump_file, ": ");
		print_generic_expr(dump_file, op, TDF_NONE);
		fprintf(dump_file, " derives from the head at %s:%d",
			h.file, h.line);
	} else {
		fprintf(dump_file, ": derived from a parameter some caller "
			"may pass a head");
	}
	fprintf(dump_file, hidden ? "; the dependent accesses keep the "
		"loaded value\n" : "; it does not fit one register, skipped\n");
}

/* Hide OP before GSI; the copy, or NULL_TREE (and counted) when it can't. */
static tree lkmm_hide(gimple_stmt_iterator *gsi, struct lkmm_addr *a,
		      tree op, tree other, struct lkmm_stats *st)
{
	tree h = NULL_TREE;

	if (lkmm_hideable(op))
		h = lkmm_asm_copy(gsi, op, LKMM_ASM_HIDE, false);
	if (h)
		st->hidden++;
	else
		st->skipped++;
	lkmm_dump_hide(a, gsi_stmt(*gsi), op, other, h != NULL_TREE);
	return h;
}

/* Can what comparison STMT (OP CODE OTHER) teaches of OP land in a sink:
 * from its edges, the branches on its truth value, or its select's arm? */
static bool lkmm_learned_lands(function *fn, struct lkmm_addr *a,
			       gimple *stmt, enum tree_code code, tree op,
			       tree other)
{
	if (gimple_code(stmt) == GIMPLE_COND)
		return lkmm_cond_reaches_sink(fn, a, as_a<gcond *>(stmt), op,
					      other);
	if (!is_gimple_assign(stmt))
		return true;
	if (gimple_assign_rhs_code(stmt) == COND_EXPR)
		return lkmm_select_reaches_sink(a, stmt, code, op, other);
	if (TREE_CODE(gimple_assign_lhs(stmt)) == SSA_NAME)
		return lkmm_truth_reaches_sink(fn, a, stmt, code, op, other);
	return true;
}

/* Step 3 for one statement. */
static void lkmm_protect_stmt(function *fn, struct lkmm_addr *a,
			      gimple_stmt_iterator *gsi,
			      struct lkmm_stats *st)
{
	gimple *stmt = gsi_stmt(*gsi);
	enum tree_code code;
	tree op0, op1, h0 = NULL_TREE, h1 = NULL_TREE;
	bool t0, t1;

	if (gswitch *sw = dyn_cast<gswitch *>(stmt)) {
		op0 = gimple_switch_index(sw);
		if (!lkmm_in(a->feeds, op0) || gimple_switch_num_labels(sw) < 2)
			return;
		h0 = lkmm_hide(gsi, a, op0, NULL_TREE, st);
		if (h0) {
			gimple_switch_set_index(sw, h0);
			update_stmt(sw);
		}
		return;
	}
	if (!lkmm_comparison(stmt, &code, &op0, &op1))
		return;
	t0 = lkmm_in(a->feeds, op0) && lkmm_teaches(a, code, op0, op1);
	t1 = lkmm_in(a->feeds, op1) && lkmm_teaches(a, code, op1, op0);
	if ((!t0 && !t1) ||
	    (!(t0 && lkmm_learned_lands(fn, a, stmt, code, op0, op1)) &&
	     !(t1 && lkmm_learned_lands(fn, a, stmt, code, op1, op0))))
		return;
	if (lkmm_derived(a, op0))
		h0 = lkmm_hide(gsi, a, op0, op1, st);
	if (lkmm_derived(a, op1))
		h1 = lkmm_hide(gsi, a, op1, op0, st);
	if (!h0 && !h1)
		return;
	if (gcond *g = dyn_cast<gcond *>(stmt)) {
		if (h0)
			gimple_cond_set_lhs(g, h0);
		if (h1)
			gimple_cond_set_rhs(g, h1);
	} else if (gimple_assign_rhs_code(stmt) != COND_EXPR) {
		if (h0)
			gimple_assign_set_rhs1(stmt, h0);
		if (h1)
			gimple_assign_set_rhs2(stmt, h1);
	} else {
		tree c = gimple_assign_rhs1(stmt);

		gimple_assign_set_rhs1(stmt,
				       build2(code, TREE_TYPE(c),
					      h0 ? h0 : op0, h1 ? h1 : op1));
	}
	update_stmt(stmt);
}

static bool lkmm_keep_hide(tree in, void *data)
{
	return lkmm_derived((struct lkmm_addr *)data, in);
}

/*
 * Undo the hides whose value turned out to head nothing: a parameter's
 * hide in a helper inlined where the argument is no head (often a
 * constant), so that the caller's optimizations see through it again.
 */
static void lkmm_unhide(function *fn, struct lkmm_addr *a)
{
	lkmm_asm_remove_hides(fn, lkmm_keep_hide, a);
}

void lkmm_protect_addr_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st)
{
	struct lkmm_addr a;
	basic_block bb;
	bool dom;

	a.deps = deps;
	a.params = sbitmap_alloc(num_ssa_names);
	bitmap_clear(a.params);
	lkmm_find_params(fn, &a);
	lkmm_unhide(fn, &a);
	if (!lkmm_any(a.params) && deps->heads.is_empty()) {
		sbitmap_free(a.params);
		return;
	}
	a.feeds = sbitmap_alloc(num_ssa_names);
	bitmap_clear(a.feeds);
	lkmm_find_feeds(fn, &a);
	lkmm_count_ranges(fn, &a);
	lkmm_find_sinks(fn, &a);
	dom = dom_info_available_p(fn, CDI_DOMINATORS);
	if (!dom)
		calculate_dominance_info(CDI_DOMINATORS);

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi))
			lkmm_protect_stmt(fn, &a, &gsi, st);
	}
	lkmm_free_sinks(fn, &a);
	sbitmap_free(a.narrowed);
	if (!dom)
		free_dominance_info(fn, CDI_DOMINATORS);
	sbitmap_free(a.feeds);
	sbitmap_free(a.params);
}
