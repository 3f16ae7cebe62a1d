// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-pinned.c - which names a single learned value of a name pins:
 * computed from it, or it from them by x + 4 and the like, and which
 * definitions on the way end what is known.
 */
#include "addr-dep.h"

/* The operand of DEF a single value of its result pins, if any: x + 4,
 * -x, ~x, x ^ 4, a copy, a conversion that does not narrow.  Not x & 4,
 * x >> 2, x * 3: their result leaves x open. */
static tree lkmm_inverse_operand(gimple *def)
{
	tree lhs, r1, r2;

	if (!is_gimple_assign(def))
		return NULL_TREE;
	lhs = gimple_assign_lhs(def);
	r1 = gimple_assign_rhs1(def);
	r2 = gimple_assign_rhs2(def);
	switch (gimple_assign_rhs_code(def)) {
	case SSA_NAME:
	case NEGATE_EXPR:
	case BIT_NOT_EXPR:
		return r1;
	case NOP_EXPR:
	case CONVERT_EXPR:
		return TYPE_PRECISION(TREE_TYPE(lhs)) >=
		       TYPE_PRECISION(TREE_TYPE(r1)) ? r1 : NULL_TREE;
	case PLUS_EXPR:
	case MINUS_EXPR:
	case POINTER_PLUS_EXPR:
	case BIT_XOR_EXPR:
		if (TREE_CODE(r1) == SSA_NAME && TREE_CODE(r2) != SSA_NAME)
			return r1;
		if (TREE_CODE(r2) == SSA_NAME && TREE_CODE(r1) != SSA_NAME)
			return r2;
		return NULL_TREE;
	default:
		return NULL_TREE;
	}
}

/* The other names computed as DEF computes its result (s & 1 twice):
 * value numbering makes them one, and what is learned of one holds for
 * all. */
static void lkmm_push_equivalents(gimple *def, auto_vec<tree> *work)
{
	imm_use_iterator it;
	gimple *use;
	tree op;

	if (!is_gimple_assign(def) || gimple_num_ops(def) < 2)
		return;
	op = gimple_assign_rhs1(def);
	if (TREE_CODE(op) != SSA_NAME)
		op = gimple_num_ops(def) > 2 ? gimple_assign_rhs2(def) : NULL_TREE;
	if (!op || TREE_CODE(op) != SSA_NAME)
		return;
	FOR_EACH_IMM_USE_STMT(use, it, op) {
		if (use == def || !is_gimple_assign(use) ||
		    gimple_assign_rhs_code(use) != gimple_assign_rhs_code(def) ||
		    gimple_num_ops(use) != gimple_num_ops(def) ||
		    TREE_CODE(gimple_assign_lhs(use)) != SSA_NAME ||
		    !operand_equal_p(gimple_assign_rhs1(use),
				     gimple_assign_rhs1(def), 0) ||
		    (gimple_num_ops(def) > 2 &&
		     !operand_equal_p(gimple_assign_rhs2(use),
				      gimple_assign_rhs2(def), 0)))
			continue;
		work->safe_push(gimple_assign_lhs(use));
	}
}

typedef hash_map<int_hash<unsigned, 0>, unsigned> lkmm_pin_map;

/*
 * The names a single value of OP pins: OP, backward through the
 * computations a value of their result gives away (lkmm_inverse_operand)
 * and through phis (jump threading learns a phi argument on its path),
 * the names computed the same way as one of them, and forward through
 * every computation from them (not back again through a phi found so).
 * PINNED maps each (version + 1) to the version + 1 of the name it was
 * computed from when it was found forward, or to 0 (an anchor: its own
 * value is what is known).  False when the
 * set grew too large to tell.
 */
bool lkmm_pinned(tree op, lkmm_pin_map *pinned)
{
	auto_vec<std::pair<tree, unsigned> > work;
	unsigned i;

	work.safe_push(std::make_pair(op, 0u));
	while (!work.is_empty()) {
		std::pair<tree, unsigned> item = work.pop();
		tree name = item.first, back;
		gimple *def, *use;
		imm_use_iterator it;
		unsigned key;

		if (TREE_CODE(name) != SSA_NAME)
			continue;
		key = SSA_NAME_VERSION(name) + 1;
		if (pinned->get(key))
			continue;
		if (pinned->put(key, item.second))
			continue;
		if (pinned->elements() > LKMM_PINNED_MAX)
			return false;
		def = SSA_NAME_DEF_STMT(name);
		if (gimple_code(def) == GIMPLE_PHI) {
			/* A phi found forward, from one argument, holds
			 * the learned value only where that argument
			 * comes in: the others stay open. */
			for (i = 0; !item.second &&
				    i < gimple_phi_num_args(def); i++)
				work.safe_push(std::make_pair(
					gimple_phi_arg_def(def, i), 0u));
		} else if ((back = lkmm_inverse_operand(def))) {
			work.safe_push(std::make_pair(back, 0u));
		} else {
			auto_vec<tree> eq;
			tree e;

			lkmm_push_equivalents(def, &eq);
			FOR_EACH_VEC_ELT(eq, i, e)
				work.safe_push(std::make_pair(e, 0u));
		}
		FOR_EACH_IMM_USE_STMT(use, it, name) {
			tree next = lkmm_flow_next(use, name,
						   LKMM_STEP_COMPUTE);

			if (next)
				work.safe_push(std::make_pair(next, key));
		}
	}
	return true;
}

/* The names whose definition may end what is known of VERSION: it and
 * the names it was computed from back to its anchor, where defined before
 * the comparison in block CB, or by a phi (which holds what was learned
 * only where an argument that holds it comes in). */
void lkmm_kills(lkmm_pin_map *pinned, unsigned version,
		       basic_block cb, vec<tree> *kills)
{
	unsigned v = version, steps = 0;

	kills->truncate(0);
	while (v && steps++ < LKMM_PINNED_MAX) {
		tree name = ssa_name(v - 1);
		unsigned *parent = pinned->get(v);
		basic_block db;

		if (name && !SSA_NAME_IS_DEFAULT_DEF(name) &&
		    (db = gimple_bb(SSA_NAME_DEF_STMT(name))) &&
		    (gimple_code(SSA_NAME_DEF_STMT(name)) == GIMPLE_PHI ||
		     dominated_by_p(CDI_DOMINATORS, cb, db)))
			kills->safe_push(name);
		v = parent ? *parent : 0;
	}
}
