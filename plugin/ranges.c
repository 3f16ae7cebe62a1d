// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * ranges.c - does a branch on a head-derived value go one way whatever the
 * head loaded?
 *
 * unsigned int q __lkmm_ctrl_dep = READ_ONCE(a) & 0xff; if (q < 256) ...
 * reaches GIMPLE as a real branch (the front end folds only what one
 * expression shows), but GCC's value-range passes fold it: q is in [0, 255]
 * whatever the load returned, so the branch always goes one way and
 * orders nothing.  diag.c warns lkmm-constant-condition on it, as on the
 * shapes the front end folds.
 *
 * The ranges here come from the definitions alone (masks, shifts,
 * conversions, PHIs of those), evaluated with GCC's own range operators
 * (range-op.h), and never from the branches above: a condition that an
 * enclosing test on the same head makes redundant is still a branch on the
 * head, and the enclosing one orders the stores anyway.  So the answer is
 * the same at every optimization level and on every target: it does not
 * depend on what GCC's passes have learned before lkmm runs.
 */
#include "lkmm-plugin.h"
#include "range-op.h"

/* Definitions followed back from a condition's operands: a READ_ONCE()
 * masked, shifted and converted is a few steps; a PHI costs one per
 * argument. */
#define LKMM_RANGE_STEPS	32

/* The range of T from its definitions; varying where they say nothing. */
static void lkmm_range(irange &r, tree t, unsigned *steps)
{
	tree type = TREE_TYPE(t), op2;
	range_operator *op;
	int_range_max r1, r2;
	gimple *def;
	unsigned i;

	if (!irange::supports_type_p(type)) {
		r.set_undefined();
		return;
	}
	if (TREE_CODE(t) == INTEGER_CST) {
		r.set(t, t);
		return;
	}
	r.set_varying(type);
	if (TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t) || !*steps)
		return;
	--*steps;
	def = SSA_NAME_DEF_STMT(t);
	if (gphi *phi = dyn_cast<gphi *>(def)) {
		r.set_undefined();
		for (i = 0; i < gimple_phi_num_args(phi); i++) {
			lkmm_range(r1, gimple_phi_arg_def(phi, i), steps);
			if (r1.undefined_p()) {
				r.set_varying(type);
				return;
			}
			r.union_(r1);
		}
		return;
	}
	if (!is_gimple_assign(def) || gimple_vuse(def))
		return;		/* a load, a call: what the head loaded */
	op = range_op_handler(gimple_assign_rhs_code(def), type);
	if (!op)
		return;
	lkmm_range(r1, gimple_assign_rhs1(def), steps);
	op2 = gimple_num_ops(def) > 2 ? gimple_assign_rhs2(def) : NULL_TREE;
	if (op2)
		lkmm_range(r2, op2, steps);
	else
		r2.set_varying(type);	/* a unary operator, as GCC folds one */
	if (r1.undefined_p() || r2.undefined_p() ||
	    !op->fold_range(r, type, r1, r2))
		r.set_varying(type);
}

/* Does lkmm_range know nothing of T: not a constant, and not computed by
 * an operation it follows (what a head loaded, a parameter, an address)? */
static bool lkmm_range_opaque(tree t)
{
	gimple *def;

	if (TREE_CODE(t) == INTEGER_CST)
		return false;
	if (TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t))
		return true;
	def = SSA_NAME_DEF_STMT(t);
	return gimple_code(def) != GIMPLE_PHI &&
	       (!is_gimple_assign(def) || gimple_vuse(def));
}

/* Is T a constant strictly inside its integer type's range?  A value that
 * may be anything is then on either side of it. */
static bool lkmm_inner_constant(tree t)
{
	tree type = TREE_TYPE(t);

	return TREE_CODE(t) == INTEGER_CST && INTEGRAL_TYPE_P(type) &&
	       TYPE_MIN_VALUE(type) && TYPE_MAX_VALUE(type) &&
	       !tree_int_cst_equal(t, TYPE_MIN_VALUE(type)) &&
	       !tree_int_cst_equal(t, TYPE_MAX_VALUE(type));
}

/* Is COND undecided at sight: a value that may be anything (two values or
 * more) compared with another such value, or for (in)equality with
 * anything, or ordered against a constant that is not its type's bound
 * (p == &x, q != 0, q < 0: the commonest branches on a head)? */
static bool lkmm_cond_open(const gcond *cond, tree lhs, tree rhs)
{
	bool l = lkmm_range_opaque(lhs), r = lkmm_range_opaque(rhs);

	switch (gimple_cond_code(cond)) {
	case EQ_EXPR:
	case NE_EXPR:
		return l || r;
	case LT_EXPR:
	case LE_EXPR:
	case GT_EXPR:
	case GE_EXPR:
		return (l && r) || (l && lkmm_inner_constant(rhs)) ||
		       (r && lkmm_inner_constant(lhs));
	default:
		return l && r;
	}
}

/* 1 or 0 when the branch COND always goes true or false, else -1. */
int lkmm_cond_value(const gcond *cond)
{
	tree lhs = gimple_cond_lhs(cond), rhs = gimple_cond_rhs(cond), v;
	unsigned steps = LKMM_RANGE_STEPS;
	int_range_max r1, r2, res;
	range_operator *op;

	if (lkmm_cond_open(cond, lhs, rhs))
		return -1;
	if (!irange::supports_type_p(TREE_TYPE(lhs)))
		return -1;
	op = range_op_handler(gimple_cond_code(cond), TREE_TYPE(lhs));
	if (!op)
		return -1;
	lkmm_range(r1, lhs, &steps);
	lkmm_range(r2, rhs, &steps);
	if (r1.undefined_p() || r2.undefined_p() ||
	    !op->fold_range(res, boolean_type_node, r1, r2) ||
	    !res.singleton_p(&v))
		return -1;
	return integer_zerop(v) ? 0 : 1;
}
