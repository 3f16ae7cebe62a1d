// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * ctrl-first.c - a branch on a & b (or a | b) tests a first.
 *
 * The C front end folds !f && !g into one branch on ~f & ~g when the
 * operands have no side effects; ifcombine makes one such branch of two.
 * With a head-derived and b not, b alone decides one leg (b == 0 for &,
 * b != 0 for |): where a path knows b (a PHI of constants), jump threading
 * goes straight to that leg, and expand may test b first.  That path then
 * passes no branch on the head, and leg markers do not stop it
 * (docs/breakages.md C8: threadfull1).
 *
 * So ctrl-dep.c has a tested first, on a branch of its own to the leg a
 * decides, and the branch on a & b follows where a did not decide.  These
 * are the tests GCC makes of a & b anyway, in an order it may choose
 * itself.  C's && evaluates its left operand first: for !f && !g (f from
 * the head) the LKMM orders the leg after f on every path, and so does
 * this; for !g && !f it asks less, but GIMPLE no longer tells them apart.
 * When threading then decides the branch on a & b where b is known, it
 * keeps the copied test of a, both legs marked: a branch on the head.
 */
#include "lkmm-plugin.h"

/* The & or | whose result X is, through conversions that keep X's
 * nonzero-ness, both operands SSA names; NULL if none. */
static gassign *lkmm_combined(tree x)
{
	unsigned i;

	for (i = 0; i < LKMM_TRUTH_CHAIN_MAX && TREE_CODE(x) == SSA_NAME; i++) {
		gassign *a = dyn_cast<gassign *>(SSA_NAME_DEF_STMT(x));
		enum tree_code c;
		tree r;

		if (!a)
			return NULL;
		c = gimple_assign_rhs_code(a);
		r = gimple_assign_rhs1(a);
		if (c == BIT_AND_EXPR || c == BIT_IOR_EXPR)
			return TREE_CODE(r) == SSA_NAME &&
			       TREE_CODE(gimple_assign_rhs2(a)) == SSA_NAME ?
			       a : NULL;
		if (!CONVERT_EXPR_CODE_P(c) || !INTEGRAL_TYPE_P(TREE_TYPE(r)) ||
		    !INTEGRAL_TYPE_P(TREE_TYPE(x)) ||
		    TYPE_PRECISION(TREE_TYPE(x)) < TYPE_PRECISION(TREE_TYPE(r)))
			return NULL;
		x = r;
	}
	return NULL;
}

/* The & or | that C tests against zero, NULL if none; *DECIDED: the leg
 * one operand alone decides, *AND_P: whether it is an &. */
gassign *lkmm_combined_cond(gcond *c, edge *decided, bool *and_p)
{
	gassign *op;
	edge t, f;

	if ((gimple_cond_code(c) != NE_EXPR && gimple_cond_code(c) != EQ_EXPR) ||
	    !INTEGRAL_TYPE_P(TREE_TYPE(gimple_cond_lhs(c))) ||
	    !integer_zerop(gimple_cond_rhs(c)) ||
	    !(op = lkmm_combined(gimple_cond_lhs(c))))
		return NULL;
	extract_true_false_edges_from_block(gimple_bb(c), &t, &f);
	/* & is decided by a zero operand, | by a nonzero one. */
	*and_p = gimple_assign_rhs_code(op) == BIT_AND_EXPR;
	*decided = *and_p == (gimple_cond_code(c) == EQ_EXPR) ? t : f;
	return op;
}

/* Whether BB is entered only from a test of H: an earlier run's split,
 * which GCC may have turned into the comparison H holds. */
bool lkmm_tested_before(basic_block bb, tree h)
{
	gassign *a = dyn_cast<gassign *>(SSA_NAME_DEF_STMT(h));
	gcond *p;
	tree l, r;

	if (!single_pred_p(bb) ||
	    !(p = safe_dyn_cast<gcond *>(last_stmt(single_pred(bb)))))
		return false;
	if (gimple_cond_lhs(p) == h)
		return true;
	if (!a || TREE_CODE_CLASS(gimple_assign_rhs_code(a)) != tcc_comparison)
		return false;
	l = gimple_assign_rhs1(a);
	r = gimple_assign_rhs2(a);
	return (operand_equal_p(gimple_cond_lhs(p), l, 0) &&
		operand_equal_p(gimple_cond_rhs(p), r, 0)) ||
	       (operand_equal_p(gimple_cond_lhs(p), r, 0) &&
		operand_equal_p(gimple_cond_rhs(p), l, 0));
}

/* Say in the dump file which branch tests its head-derived operand first. */
static void lkmm_dump_first(gimple *c)
{
	expanded_location b;

	if (!dump_file || !(dump_flags & TDF_DETAILS))
		return;
	b = expand_location(lkmm_stmt_loc(c));
	fprintf(dump_file, "lkmm: the branch at %s:%d tests an & or | of a "
		"head-derived value and another: testing the head-derived "
		"one first, to the leg the other could decide alone\n",
		b.file, b.line);
}

/*
 * Test H (an operand of C's & if AND_P, else of its |) first, in C's block,
 * to the leg D: C moves to a block of its own after that test.  The new
 * test goes where C was; the new edge to D's leg takes D's PHI arguments.
 */
gcond *lkmm_test_first(gcond *c, tree h, edge d, bool and_p)
{
	basic_block bb = gimple_bb(c);
	gimple_stmt_iterator gsi = gsi_for_stmt(c);
	gcond *nc;
	edge fe, ne;
	gphi_iterator pi;

	lkmm_dump_first(c);
	gsi_prev(&gsi);
	fe = gsi_end_p(gsi) ? split_block_after_labels(bb) :
			      split_block(bb, gsi_stmt(gsi));
	/* h == 0 decides a & b, h != 0 decides a | b. */
	nc = gimple_build_cond(and_p ? EQ_EXPR : NE_EXPR, h,
			       build_zero_cst(TREE_TYPE(h)), NULL_TREE,
			       NULL_TREE);
	gimple_set_location(nc, gimple_location(c));
	gsi = gsi_last_bb(bb);
	if (gsi_end_p(gsi))
		gsi_insert_before(&gsi, nc, GSI_NEW_STMT);
	else
		gsi_insert_after(&gsi, nc, GSI_NEW_STMT);
	fe->flags = (fe->flags & ~EDGE_FALLTHRU) | EDGE_FALSE_VALUE;
	ne = make_edge(bb, d->dest, EDGE_TRUE_VALUE);
	ne->probability = d->probability;
	fe->probability = ne->probability.invert();
	fe->dest->count = bb->count.apply_probability(fe->probability);
	for (pi = gsi_start_phis(d->dest); !gsi_end_p(pi); gsi_next(&pi))
		add_phi_arg(pi.phi(), PHI_ARG_DEF_FROM_EDGE(pi.phi(), d), ne,
			    gimple_phi_arg_location_from_edge(pi.phi(), d));
	if (current_loops &&
	    loops_state_satisfies_p(LOOPS_HAVE_RECORDED_EXITS))
		rescan_loop_exit(ne, true, false);
	update_stmt(nc);
	return nc;
}
