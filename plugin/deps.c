// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * deps.c - what the GIMPLE checks (diag.c) and the expectations (expect.c)
 * ask of a function's dependencies, as heads.c found them: which head an
 * operand derives from, where that head was loaded, which head-derived
 * name an address uses, and the legs of a branch on a head.
 *
 * The legs need post-dominators: lkmm_run computes them around both users.
 */
#include "lkmm-plugin.h"

struct lkmm_src lkmm_src_of(const struct lkmm_deps *deps, tree op)
{
	struct lkmm_src s;

	s.flags = lkmm_flags(deps, op);
	s.head = lkmm_head(deps, op);
	return s;
}

/* The location of the load a head statement stands for. */
location_t lkmm_head_loc(gimple *head)
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

/* The head-derived SSA name in the address of memory reference REF. */
tree lkmm_ref_dep(const struct lkmm_deps *deps, tree ref)
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

/* The head the condition of the branch COND is computed from, for a
 * control dependency (OP: the operand derived from it), or no head. */
struct lkmm_src lkmm_branch_src(const struct lkmm_deps *deps, gcond *cond,
				tree *op)
{
	struct lkmm_src s;

	*op = gimple_cond_lhs(cond);
	s = lkmm_src_of(deps, *op);
	if (!(s.flags & LKMM_CTRL)) {
		*op = gimple_cond_rhs(cond);
		s = lkmm_src_of(deps, *op);
	}
	if (!(s.flags & LKMM_CTRL) || !s.head) {
		s.head = NULL;
		s.flags = 0;
	}
	return s;
}

/* The legs of the branch ending BB: blocks reached before its join.  A
 * walk over blocks, not over SSA uses: the flow engine (flow.c) has no
 * part in it. */
void lkmm_legs(basic_block bb, auto_vec<basic_block> *legs)
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
		if (legs->length() > LKMM_LEGS_MAX)
			return;
		FOR_EACH_EDGE(e, ei, b->succs)
			work.safe_push(e->dest);
	}
}
