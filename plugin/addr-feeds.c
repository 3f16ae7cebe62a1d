// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-feeds.c - which head-derived values feed a dependent access:
 * its address, a stored value, or a value that leaves the function
 * (steps 1 and 2 of addr-hide.c), and the parameters that count as heads.
 */
#include "addr-dep.h"
#include "tree-dfa.h"

/* Head-derived, or derived from a parameter of an inlinable function. */
bool lkmm_derived(struct lkmm_addr *a, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       ((lkmm_flags(a->deps, op) & LKMM_ADDR) || lkmm_in(a->params, op));
}

static void lkmm_feed(struct lkmm_addr *a, tree op)
{
	if (lkmm_derived(a, op))
		lkmm_flow_add(&a->flow, op, 1);
}

static tree lkmm_feed_r(tree *tp, int *walk_subtrees, void *data)
{
	if (TREE_CODE(*tp) == SSA_NAME)
		lkmm_feed((struct lkmm_addr *)data, *tp);
	else if (TYPE_P(*tp) || DECL_P(*tp) || CONSTANT_CLASS_P(*tp))
		*walk_subtrees = 0;
	return NULL_TREE;
}

/* Every SSA name in T feeds (T a memory reference or a value). */
static void lkmm_feed_all(struct lkmm_addr *a, tree t)
{
	if (t)
		walk_tree_without_duplicates(&t, lkmm_feed_r, a);
}

/* Step 1 seeds: what the statement uses as an address, stores, or lets
 * leave the function. */
static void lkmm_seed_stmt(struct lkmm_addr *a, gimple *stmt)
{
	unsigned i;

	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		if (TREE_CODE(gimple_assign_lhs(stmt)) != SSA_NAME) {
			/* A store: its address and its value. */
			for (i = 0; i < gimple_num_ops(stmt); i++)
				lkmm_feed_all(a, gimple_op(stmt, i));
		} else if (gimple_assign_load_p(stmt)) {
			lkmm_feed_all(a, gimple_assign_rhs1(stmt));
		}
		break;
	case GIMPLE_CALL:
		if (lkmm_computation_p(stmt))
			break;
		for (i = 0; i < gimple_call_num_args(stmt); i++)
			lkmm_feed_all(a, gimple_call_arg(stmt, i));
		if (gimple_call_lhs(stmt) &&
		    TREE_CODE(gimple_call_lhs(stmt)) != SSA_NAME)
			lkmm_feed_all(a, gimple_call_lhs(stmt));
		break;
	case GIMPLE_ASM: {
		gasm *g = as_a<gasm *>(stmt);

		if (lkmm_asm_kind(stmt))
			break;
		for (i = 0; i < gimple_asm_ninputs(g); i++)
			lkmm_feed_all(a, TREE_VALUE(gimple_asm_input_op(g, i)));
		for (i = 0; i < gimple_asm_noutputs(g); i++) {
			tree o = TREE_VALUE(gimple_asm_output_op(g, i));

			if (TREE_CODE(o) != SSA_NAME)
				lkmm_feed_all(a, o);
		}
		break;
	}
	case GIMPLE_RETURN:
		lkmm_feed(a, gimple_return_retval(as_a<greturn *>(stmt)));
		break;
	default:
		break;
	}
}

/* Feeds stay among the derived names. */
static enum lkmm_flow_act lkmm_feed_visit(struct lkmm_flow *f, tree, gimple *,
					  tree next, lkmm_bits, lkmm_bits)
{
	return lkmm_derived((struct lkmm_addr *)f->data, next) ?
	       LKMM_FLOW_CARRY : LKMM_FLOW_SKIP;
}

/* The names FLOW reached, into SET. */
static void lkmm_flow_set(struct lkmm_flow *flow, sbitmap set)
{
	unsigned i;

	for (i = 0; i < flow->bits.length() && i < SBITMAP_SIZE(set); i++)
		if (flow->bits[i])
			bitmap_set_bit(set, i);
}

/*
 * Step 1: the feeds, closed backward over computations; step 2: the
 * relevant names, the feeds closed forward over computations.
 */
void lkmm_find_feeds(function *fn, struct lkmm_addr *a)
{
	basic_block bb;
	unsigned i;

	lkmm_flow_init(&a->flow, LKMM_STEP_COMPUTE, lkmm_feed_visit, a);
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi))
			if (!is_gimple_debug(gsi_stmt(gsi)))
				lkmm_seed_stmt(a, gsi_stmt(gsi));
	}
	lkmm_flow_run_back(&a->flow);
	/* Bit 2: relevant, forward from every feed. */
	a->flow.visit = NULL;
	for (i = 0; i < a->flow.bits.length(); i++)
		if (a->flow.bits[i])
			lkmm_flow_add(&a->flow, ssa_name(i), 2);
	lkmm_flow_run(&a->flow);
	lkmm_flow_set(&a->flow, a->feeds);
}

/*
 * A static or inline function may be inlined into a caller that passes it
 * a head only at IPA time, after its early optimizations have already
 * learned from its comparisons.  So its pointer and integer parameters
 * that may receive a head (heads.c, lkmm_param_may_head) count as heads
 * here, and the names computed from them (not the values loaded through
 * them: those head nothing unless the load is one).  Returns whether
 * there is any.
 */
bool lkmm_find_params(function *fn, struct lkmm_addr *a)
{
	struct lkmm_flow flow;
	tree parm, name;
	unsigned argno;
	bool any = false;

	if (TREE_PUBLIC(fn->decl) && !DECL_DECLARED_INLINE_P(fn->decl))
		return false;
	if (MAIN_NAME_P(DECL_NAME(fn->decl)))
		return false;
	lkmm_flow_init(&flow, LKMM_STEP_COMPUTE, NULL, NULL);
	for (parm = DECL_ARGUMENTS(fn->decl), argno = 0; parm;
	     parm = DECL_CHAIN(parm), argno++) {
		if (!(INTEGRAL_TYPE_P(TREE_TYPE(parm)) ||
		      POINTER_TYPE_P(TREE_TYPE(parm))) ||
		    !lkmm_param_may_head(fn, argno))
			continue;
		name = ssa_default_def(fn, parm);
		if (!name || SSA_NAME_VERSION(name) >= SBITMAP_SIZE(a->params))
			continue;
		lkmm_flow_add(&flow, name, 1);
		any = true;
	}
	if (!any)
		return false;
	lkmm_flow_run(&flow);
	lkmm_flow_set(&flow, a->params);
	return true;
}
