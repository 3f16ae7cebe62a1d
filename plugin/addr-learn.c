// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-learn.c - whether a comparison teaches GCC a single value of
 * a head-derived name, and on which of its edges (step 3 of addr-hide.c).
 */
#include "addr-dep.h"

static bool lkmm_relational_p(enum tree_code code)
{
	return code == LT_EXPR || code == LE_EXPR || code == GT_EXPR ||
	       code == GE_EXPR;
}

/* The comparison STMT makes, if any: its code and operands. */
bool lkmm_comparison(gimple *stmt, enum tree_code *code, tree *op0,
			    tree *op1)
{
	tree c;

	if (gcond *g = dyn_cast<gcond *>(stmt)) {
		*code = gimple_cond_code(g);
		*op0 = gimple_cond_lhs(g);
		*op1 = gimple_cond_rhs(g);
		return true;
	}
	if (!is_gimple_assign(stmt))
		return false;
	*code = gimple_assign_rhs_code(stmt);
	if (TREE_CODE_CLASS(*code) == tcc_comparison) {
		*op0 = gimple_assign_rhs1(stmt);
		*op1 = gimple_assign_rhs2(stmt);
		return true;
	}
	if (*code != COND_EXPR)
		return false;
	c = gimple_assign_rhs1(stmt);
	if (!COMPARISON_CLASS_P(c))
		return false;
	*code = TREE_CODE(c);
	*op0 = TREE_OPERAND(c, 0);
	*op1 = TREE_OPERAND(c, 1);
	return true;
}

static unsigned HOST_WIDE_INT lkmm_pair_key(tree x, tree y)
{
	unsigned HOST_WIDE_INT vx = SSA_NAME_VERSION(x) + 1;
	unsigned HOST_WIDE_INT vy = SSA_NAME_VERSION(y) + 1;

	return vx < vy ? (vx << LKMM_PAIR_KEY_SHIFT) | vy :
	       (vy << LKMM_PAIR_KEY_SHIFT) | vx;
}

/*
 * Count the relational tests of each name (two of them can pin it), and
 * of each two names tested against each other; note the names tested
 * against a constant (their range may shrink to a point).
 */
void lkmm_count_ranges(function *fn, struct lkmm_addr *a)
{
	basic_block bb;

	a->ranged.safe_grow_cleared(num_ssa_names);
	a->narrowed = sbitmap_alloc(num_ssa_names);
	bitmap_clear(a->narrowed);
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			enum tree_code code;
			tree op0, op1;

			if (gswitch *sw = dyn_cast<gswitch *>(stmt)) {
				op0 = gimple_switch_index(sw);
				if (TREE_CODE(op0) == SSA_NAME)
					bitmap_set_bit(a->narrowed,
						       SSA_NAME_VERSION(op0));
				continue;
			}
			if (!lkmm_comparison(stmt, &code, &op0, &op1) ||
			    TREE_CODE(op0) != SSA_NAME)
				continue;
			if (TREE_CODE(op1) != SSA_NAME) {
				bitmap_set_bit(a->narrowed,
					       SSA_NAME_VERSION(op0));
			} else if (lkmm_relational_p(code)) {
				a->pairs.get_or_insert(
					lkmm_pair_key(op0, op1))++;
			}
			if (!lkmm_relational_p(code))
				continue;
			a->ranged[SSA_NAME_VERSION(op0)]++;
			if (TREE_CODE(op1) == SSA_NAME)
				a->ranged[SSA_NAME_VERSION(op1)]++;
		}
	}
}

/* Does the range GCC knows of NAME hold at most two values? */
static bool lkmm_range_two_valued(tree name)
{
	int_range_max r;
	widest_int count = 0;
	signop sgn = TYPE_SIGN(TREE_TYPE(name));
	unsigned i;

	if (!LKMM_GLOBAL_RANGE(r, name))
		return false;
	if (r.undefined_p())
		return true;
	if (r.varying_p())
		return false;
	for (i = 0; i < r.num_pairs(); i++)
		count += widest_int::from(r.upper_bound(i), sgn) -
			 widest_int::from(r.lower_bound(i), sgn) + 1;
	return count <= 2;
}

/* Could NAME hold only two values (a flag, x & 4, a range tested)?  Then
 * != teaches the other one.  DEPTH bounds the walk. */
static bool lkmm_two_valued(struct lkmm_addr *a, tree name, int depth)
{
	tree type = TREE_TYPE(name);
	gimple *def;
	unsigned i;

	if (TREE_CODE(name) == INTEGER_CST)
		return true;
	if (TREE_CODE(name) != SSA_NAME || depth > LKMM_TWO_VALUED_DEPTH_MAX)
		return true;
	if (TREE_CODE(type) == BOOLEAN_TYPE || TYPE_PRECISION(type) <= 1)
		return true;
	if (!INTEGRAL_TYPE_P(type))
		return false;
	if ((SSA_NAME_VERSION(name) < a->ranged.length() &&
	     a->ranged[SSA_NAME_VERSION(name)]) ||
	    wi::popcount(get_nonzero_bits(name)) <= 1 ||
	    lkmm_range_two_valued(name))
		return true;
	if (SSA_NAME_IS_DEFAULT_DEF(name))
		return false;
	def = SSA_NAME_DEF_STMT(name);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (!lkmm_two_valued(a, gimple_phi_arg_def(def, i),
					     depth + 1))
				return false;
		return true;
	}
	if (is_gimple_call(def))
		return lkmm_value_builtin_p(def) &&
		       lkmm_two_valued(a, gimple_call_arg(def, 0), depth + 1);
	if (!is_gimple_assign(def) || gimple_assign_load_p(def))
		return false;
	switch (gimple_assign_rhs_code(def)) {
	case COND_EXPR:
	case MIN_EXPR:
	case MAX_EXPR:
		return true;
	case BIT_AND_EXPR:
		return lkmm_two_valued(a, gimple_assign_rhs1(def), depth + 1) ||
		       lkmm_two_valued(a, gimple_assign_rhs2(def), depth + 1);
	case TRUNC_MOD_EXPR:
	case FLOOR_MOD_EXPR:
	case RSHIFT_EXPR:
		if (TREE_CODE(gimple_assign_rhs2(def)) == INTEGER_CST)
			return true;
		break;
	default:
		break;
	}
	if (TREE_CODE_CLASS(gimple_assign_rhs_code(def)) == tcc_comparison)
		return true;
	/* One name and constants: no more values than that name. */
	{
		tree only = NULL_TREE;

		for (i = 1; i < gimple_num_ops(def); i++) {
			tree op = gimple_op(def, i);

			if (TREE_CODE(op) == SSA_NAME) {
				if (only)
					return false;
				only = op;
			} else if (!CONSTANT_CLASS_P(op)) {
				return false;
			}
		}
		return only && lkmm_two_valued(a, only, depth + 1);
	}
}

/* Do both outcomes of OP CODE OTHER teach a value of OP: a relational
 * test, or != where OP (or OTHER) may hold only two values? */
bool lkmm_teaches_both(struct lkmm_addr *a, enum tree_code code,
			      tree op, tree other)
{
	if (code != EQ_EXPR && code != NE_EXPR)
		return true;
	return !POINTER_TYPE_P(TREE_TYPE(op)) &&
	       (lkmm_two_valued(a, op, 0) ||
		(TREE_CODE(other) == SSA_NAME &&
		 lkmm_two_valued(a, other, 0)));
}

/*
 * A comparison teaches GCC a value only in the code its teaching edge
 * leads to: when no sink of a name a value of OP pins can be reached from
 * there, no optimization can put the learned value into a dependent
 * access.  == teaches on its true edge, != on its false one.  The other
 * edge teaches too when OP may hold only two values ((i & 1) != 0 leaves
 * one), or for a relational test.
 */
void lkmm_teaching_succs(struct lkmm_addr *a, enum tree_code code,
				tree op, tree other, edge te, edge fe,
				bool t_known, vec<lkmm_teach> *from)
{
	bool both = lkmm_teaches_both(a, code, op, other);
	int eq = code == EQ_EXPR ? 1 : code == NE_EXPR ? 0 : -1;

	if (!t_known) {
		both = true;
		eq = -1;
	}
	/* TE is where the comparison holds: its values are equal there
	 * for ==, different for !=. */
	if (te && (both || code == EQ_EXPR))
		from->safe_push(std::make_pair(te, eq));
	if (fe && (both || code == NE_EXPR))
		from->safe_push(std::make_pair(fe, eq < 0 ? -1 : !eq));
}

/* Is C within one of the bounds of NAME's type: then NAME < C and its
 * kin leave a single value in one leg. */
static bool lkmm_near_bound(tree name, tree c)
{
	tree type = TREE_TYPE(name);
	unsigned prec;
	signop sgn;
	wide_int v, lo, hi, one;

	if (TREE_CODE(c) != INTEGER_CST ||
	    !(INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type)))
		return false;
	prec = TYPE_PRECISION(type);
	sgn = TYPE_SIGN(type);
	if (!prec || prec != TYPE_PRECISION(TREE_TYPE(c)))
		return prec == 1;
	v = wi::to_wide(c);
	lo = wi::min_value(prec, sgn);
	hi = wi::max_value(prec, sgn);
	one = wi::one(prec);
	return v == lo || v == hi || v == lo + one || v == hi - one;
}

/*
 * Could what GCC knows of the name OTHER shrink to a point: a constant
 * not yet propagated, a name tested against a constant, a range known?
 * Two names tested against each other teach a point only then, or when
 * tested twice (a <= b, a >= b).
 */
static bool lkmm_narrowable(struct lkmm_addr *a, tree other)
{
	gimple *def;
	unsigned i;

	if (TREE_CODE(other) != SSA_NAME)
		return true;
	if (!INTEGRAL_TYPE_P(TREE_TYPE(other)))
		return true;
	if (bitmap_bit_p(a->narrowed, SSA_NAME_VERSION(other)))
		return true;
	{
		int_range_max r;

		if (!LKMM_GLOBAL_RANGE(r, other) || !r.varying_p())
			return true;
	}
	if (SSA_NAME_IS_DEFAULT_DEF(other))
		return false;
	def = SSA_NAME_DEF_STMT(other);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (TREE_CODE(gimple_phi_arg_def(def, i)) == SSA_NAME)
				return false;
		return true;
	}
	return is_gimple_assign(def) && gimple_assign_single_p(def) &&
	       is_gimple_min_invariant(gimple_assign_rhs1(def));
}

/* Does the comparison teach GCC a single value of head-derived NAME? */
bool lkmm_teaches(struct lkmm_addr *a, enum tree_code code, tree name,
			 tree other)
{
	switch (code) {
	case EQ_EXPR:
	case NE_EXPR:
		return !(POINTER_TYPE_P(TREE_TYPE(name)) && integer_zerop(other));
	case LT_EXPR:
	case LE_EXPR:
	case GT_EXPR:
	case GE_EXPR:
		if (TREE_CODE(other) == SSA_NAME && !lkmm_narrowable(a, other)) {
			unsigned *n = a->pairs.get(lkmm_pair_key(name, other));

			return n && *n > 1;
		}
		return lkmm_near_bound(name, other) ||
		       a->ranged[SSA_NAME_VERSION(name)] > 1 ||
		       TREE_CODE(other) == SSA_NAME;
	case UNEQ_EXPR:
		return true;
	default:
		return false;
	}
}
