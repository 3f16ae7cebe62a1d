// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-truth.c - where a comparison computed into a truth value
 * teaches: the conditions that test that value, through conversions,
 * phis, __builtin_expect, !, &, | and == or != a constant.
 */
#include "addr-dep.h"

/* A truth value's polarity as a flow bit: the same truth as the
 * comparison, inverted, unknown. */
static lkmm_bits lkmm_pol_bit(int pol)
{
	return (lkmm_bits)1 << (pol < 0 ? 2 : !pol);
}

struct lkmm_truth {
	struct lkmm_addr *a;
	enum tree_code code;
	tree op, other;
	auto_vec<lkmm_teach> from;
};

/* A condition tests the truth value NAME (polarity POL): its edges teach. */
static bool lkmm_truth_cond(struct lkmm_truth *t, gcond *c, tree name,
			    int pol)
{
	basic_block bb = gimple_bb(c);
	enum tree_code cc = gimple_cond_code(c);
	tree k = gimple_cond_lhs(c) == name ? gimple_cond_rhs(c) :
		 gimple_cond_lhs(c);
	edge te, fe;

	if (EDGE_COUNT(bb->succs) != 2)
		return false;
	extract_true_false_edges_from_block(bb, &te, &fe);
	if (!integer_zerop(k) || (cc != NE_EXPR && cc != EQ_EXPR))
		pol = -1;
	else if (cc == EQ_EXPR && pol >= 0)
		pol = !pol;
	/* pol 1: the true edge is where the comparison holds. */
	if (pol < 0)
		lkmm_teaching_succs(t->a, t->code, t->op, t->other, te, fe,
				    false, &t->from);
	else
		lkmm_teaching_succs(t->a, t->code, t->op, t->other,
				    pol ? te : fe, pol ? fe : te, true,
				    &t->from);
	return true;
}

/* The polarity USE's result has when NAME has POL; -2 when USE is no
 * step of a truth value. */
static int lkmm_truth_step(gimple *use, tree name, int pol)
{
	enum tree_code ucode = gimple_assign_rhs_code(use);
	tree lhs = gimple_assign_lhs(use);
	tree other_op = gimple_assign_rhs1(use) == name ?
			gimple_assign_rhs2(use) : gimple_assign_rhs1(use);

	switch (ucode) {
	case SSA_NAME:
	case NOP_EXPR:
	case CONVERT_EXPR:
		return TYPE_PRECISION(TREE_TYPE(lhs)) < 1 ? -2 : pol;
	case BIT_AND_EXPR:
	case BIT_IOR_EXPR:
		return -1;
	case BIT_XOR_EXPR:
		if (!other_op || TREE_CODE(other_op) != INTEGER_CST)
			return -2;
		if (pol >= 0 && integer_onep(other_op))
			return !pol;
		return integer_zerop(other_op) ? pol : -1;
	case EQ_EXPR:
	case NE_EXPR:
		if (!other_op || TREE_CODE(other_op) != INTEGER_CST)
			return -2;
		if (!integer_zerop(other_op))
			return -1;
		return ucode == EQ_EXPR && pol >= 0 ? !pol : pol;
	default:
		return -2;
	}
}

/* One use of a truth value, for each polarity it has newly. */
static enum lkmm_flow_act lkmm_truth_visit(struct lkmm_flow *f, tree name,
					   gimple *use, tree next, lkmm_bits,
					   lkmm_bits fresh)
{
	struct lkmm_truth *t = (struct lkmm_truth *)f->data;
	int pol, npol;

	if (is_gimple_debug(use))
		return LKMM_FLOW_SKIP;
	for (pol = -1; pol <= 1; pol++) {
		if (!(fresh & lkmm_pol_bit(pol)))
			continue;
		if (gcond *c = dyn_cast<gcond *>(use)) {
			if (!lkmm_truth_cond(t, c, name, pol))
				return LKMM_FLOW_STOP;
			continue;
		}
		/* Phis and __builtin_expect pass the truth value on. */
		if (next && !is_gimple_assign(use)) {
			lkmm_flow_add(f, next, lkmm_pol_bit(pol));
			continue;
		}
		if (!is_gimple_assign(use) ||
		    TREE_CODE(gimple_assign_lhs(use)) != SSA_NAME)
			return LKMM_FLOW_STOP;
		npol = lkmm_truth_step(use, name, pol);
		if (npol < -1)
			return LKMM_FLOW_STOP;
		lkmm_flow_add(f, gimple_assign_lhs(use), lkmm_pol_bit(npol));
	}
	return LKMM_FLOW_SKIP;
}

/*
 * The same for a comparison computed into a truth value LHS (before
 * forwprop and ifcombine make it a condition, or when && joins two): GCC
 * learns from it only where a condition tests that value, through
 * conversions, copies, phis, __builtin_expect, !, &, | and == or != a
 * constant.  Through ! and the like the edges swap; through & and |, or a
 * test other than against zero, both edges count.  So the sinks must be
 * reachable from an edge of one of those conditions.  Any other use (a
 * store, a call, the return, a select) counts as reaching one.
 */
bool lkmm_truth_reaches_sink(function *fn, struct lkmm_addr *a,
				    gimple *cmp, enum tree_code code,
				    tree op, tree other)
{
	lkmm_pin_map pinned;
	struct lkmm_truth t;
	struct lkmm_flow flow;
	struct lkmm_fact fact;

	t.a = a;
	t.code = code;
	t.op = op;
	t.other = other;
	lkmm_flow_init(&flow, LKMM_STEP_COMPUTE, lkmm_truth_visit, &t);
	flow.limit = LKMM_TRUTH_PAIRS_MAX;
	lkmm_flow_add(&flow, gimple_assign_lhs(cmp), lkmm_pol_bit(1));
	if (!lkmm_flow_run(&flow))
		return true;
	/* What a value of OP pins is worked out only once no use of the
	 * truth value has settled the answer. */
	if (!lkmm_pinned(op, &pinned))
		return true;
	fact.op = op;
	fact.other = other;
	return lkmm_sink_reachable(fn, a, &pinned, t.from, gimple_bb(cmp),
				   &fact);
}
