// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * deps.c - what the GIMPLE checks (diag.c) and the expectations (expect.c)
 * ask of a function's dependencies, as heads.c found them: which head an
 * operand derives from, where that head was loaded, which head-derived
 * name an address uses, and the branches on a head with their legs.
 *
 * The legs end at their branch's immediate post-dominator: found only for
 * a function with a branch on a head (lkmm_join).
 */
#include "lkmm-plugin.h"
#include "graphds.h"

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
static struct lkmm_src lkmm_branch_src(const struct lkmm_deps *deps,
				       gcond *cond, tree *op)
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

/*
 * Joins: where the legs of a branch meet again, its immediate
 * post-dominator.  GCC's CDI_POST_DOMINATORS gives it for any CFG (with
 * fake edges for blocks that never reach the exit: infinite loops, calls
 * that do not return), at about 5000 instructions for even a small
 * function.  Where every block reaches the exit, post-dominators are
 * defined by the CFG alone, and Cooper, Harvey and Kennedy's iteration over
 * the reverse CFG finds the same ones for a fraction of that; elsewhere
 * GCC's are computed.
 */
struct lkmm_joins {
	enum { LKMM_JOINS_NONE, LKMM_JOINS_GCC, LKMM_JOINS_GCC_OURS,
	       LKMM_JOINS_CHK } kind;
	auto_vec<int, 32> po;		/* postorder number on the reverse CFG */
	auto_vec<int, 32> ipdom;	/* by block index; -1: none yet */
};

static int lkmm_meet(const struct lkmm_joins *j, int a, int b)
{
	while (a != b) {
		while (j->po[a] < j->po[b])
			a = j->ipdom[a];
		while (j->po[b] < j->po[a])
			b = j->ipdom[b];
	}
	return a;
}

/* Postorder of the reverse CFG from the exit, into J->po and ORDER; false
 * when some block does not reach the exit. */
static bool lkmm_reverse_postorder(function *fn, struct lkmm_joins *j,
				   auto_vec<int, 32> *order)
{
	unsigned n = last_basic_block_for_fn(fn);
	auto_vec<unsigned, 32> next;
	auto_vec<basic_block, 32> stack;

	j->po.safe_grow(n);
	next.safe_grow_cleared(n);
	for (unsigned i = 0; i < n; i++)
		j->po[i] = -1;
	j->po[EXIT_BLOCK] = -2;
	stack.safe_push(EXIT_BLOCK_PTR_FOR_FN(fn));
	while (!stack.is_empty()) {
		basic_block b = stack.last();

		if (next[b->index] < EDGE_COUNT(b->preds)) {
			basic_block p = EDGE_PRED(b, next[b->index]++)->src;

			if (j->po[p->index] == -1) {
				j->po[p->index] = -2;
				stack.safe_push(p);
			}
			continue;
		}
		stack.pop();
		j->po[b->index] = order->length();
		order->safe_push(b->index);
	}
	return order->length() == (unsigned)n_basic_blocks_for_fn(fn);
}

static bool lkmm_chk_postdoms(function *fn, struct lkmm_joins *j)
{
	auto_vec<int, 32> order;
	bool changed = true;
	unsigned i;

	if (!lkmm_reverse_postorder(fn, j, &order))
		return false;
	j->ipdom.safe_grow(last_basic_block_for_fn(fn));
	for (i = 0; i < j->ipdom.length(); i++)
		j->ipdom[i] = -1;
	j->ipdom[EXIT_BLOCK] = EXIT_BLOCK;
	while (changed) {
		changed = false;
		/* Reverse postorder; the exit, the root, is last. */
		for (i = order.length() - 1; i-- > 0; ) {
			basic_block b = BASIC_BLOCK_FOR_FN(fn, order[i]);
			int d = -1;
			edge e;
			edge_iterator ei;

			FOR_EACH_EDGE(e, ei, b->succs)
				if (j->ipdom[e->dest->index] >= 0)
					d = d < 0 ? e->dest->index
						  : lkmm_meet(j, d, e->dest->index);
			if (d != j->ipdom[b->index]) {
				j->ipdom[b->index] = d;
				changed = true;
			}
		}
	}
	return true;
}

/* The join of the branch ending BB. */
static basic_block lkmm_join(function *fn, struct lkmm_joins *j,
			     basic_block bb)
{
	if (j->kind == lkmm_joins::LKMM_JOINS_NONE) {
		if (dom_info_available_p(fn, CDI_POST_DOMINATORS))
			j->kind = lkmm_joins::LKMM_JOINS_GCC;
		else if (lkmm_chk_postdoms(fn, j))
			j->kind = lkmm_joins::LKMM_JOINS_CHK;
		else {
			calculate_dominance_info(CDI_POST_DOMINATORS);
			j->kind = lkmm_joins::LKMM_JOINS_GCC_OURS;
		}
	}
	if (j->kind == lkmm_joins::LKMM_JOINS_CHK)
		return BASIC_BLOCK_FOR_FN(fn, j->ipdom[bb->index]);
	return get_immediate_dominator(CDI_POST_DOMINATORS, bb);
}

/* The legs of the branch ending BB: blocks reached before its JOIN.  A
 * walk over blocks, not over SSA uses: the flow engine (flow.c) has no
 * part in it. */
static void lkmm_legs(basic_block bb, basic_block join,
		      vec<basic_block> *legs, sbitmap seen)
{
	auto_vec<basic_block, 16> work;
	edge e;
	edge_iterator ei;

	bitmap_clear(seen);
	bitmap_set_bit(seen, bb->index);
	if (join)
		bitmap_set_bit(seen, join->index);
	FOR_EACH_EDGE(e, ei, bb->succs)
		work.safe_push(e->dest);
	while (!work.is_empty()) {
		basic_block b = work.pop();

		if (b->index < NUM_FIXED_BLOCKS || bitmap_bit_p(seen, b->index))
			continue;
		bitmap_set_bit(seen, b->index);
		legs->safe_push(b);
		if (legs->length() > LKMM_LEGS_MAX)
			return;
		FOR_EACH_EDGE(e, ei, b->succs)
			work.safe_push(e->dest);
	}
}

/* The branches on a head in FN, in block order, with what the checks and
 * the expectations both need of each: found once per function. */
void lkmm_find_branches(function *fn, const struct lkmm_deps *deps,
			struct lkmm_branches *out)
{
	struct lkmm_joins joins;
	auto_sbitmap seen(last_basic_block_for_fn(fn));
	basic_block bb;

	joins.kind = lkmm_joins::LKMM_JOINS_NONE;

	FOR_EACH_BB_FN(bb, fn) {
		gimple *last = last_stmt(bb);
		auto_vec<basic_block, 16> legs;
		struct lkmm_branch b;

		if (!last || gimple_code(last) != GIMPLE_COND)
			continue;
		b.cond = as_a<gcond *>(last);
		b.src = lkmm_branch_src(deps, b.cond, &b.op);
		if (!b.src.head)
			continue;
		b.value = lkmm_cond_value(b.cond);
		b.first = out->legs.length();
		b.nlegs = 0;
		b.many = false;
		if (b.value < 0) {
			lkmm_legs(bb, lkmm_join(fn, &joins, bb), &legs, seen);
			b.many = legs.length() > LKMM_LEGS_MAX;
			if (!b.many) {
				b.nlegs = legs.length();
				out->legs.safe_splice(legs);
			}
		}
		out->b.safe_push(b);
	}
	if (joins.kind == lkmm_joins::LKMM_JOINS_GCC_OURS)
		free_dominance_info(fn, CDI_POST_DOMINATORS);
}

/* Might FN's CFG have a cycle?  False only when every block is reached
 * from the entry and no edge goes back in reverse postorder: most
 * functions have no loop, and need no strongly connected components. */
static bool lkmm_may_cycle(function *fn)
{
	int nb = n_basic_blocks_for_fn(fn) - NUM_FIXED_BLOCKS, k, i;
	auto_vec<int> rpo, order;
	basic_block bb;
	edge e;
	edge_iterator ei;

	rpo.safe_grow(nb > 0 ? nb : 1);
	k = pre_and_rev_post_order_compute_fn(fn, NULL, rpo.address(), false);
	if (k != nb)
		return true;
	order.safe_grow_cleared(last_basic_block_for_fn(fn));
	for (i = 0; i < k; i++)
		order[rpo[i]] = i + 1;
	FOR_EACH_BB_FN(bb, fn)
		FOR_EACH_EDGE(e, ei, bb->succs)
			if (e->dest->index >= NUM_FIXED_BLOCKS &&
			    order[e->dest->index] <= order[bb->index])
				return true;
	return false;
}

/* CYC gets the blocks of FN that lie on a cycle, a strongly connected component
 * of more than one block or a block that jumps to itself (expect.c: an
 * access there may run more than once a call). */
void lkmm_cycle_blocks(function *fn, sbitmap cyc)
{
	int n = last_basic_block_for_fn(fn), i;
	struct graph *g;
	auto_vec<int> size;
	basic_block bb;
	edge e;
	edge_iterator ei;

	bitmap_clear(cyc);
	if (!lkmm_may_cycle(fn))
		return;
	g = new_graph(n);
	FOR_EACH_BB_FN(bb, fn)
		FOR_EACH_EDGE(e, ei, bb->succs)
			if (e->dest->index >= NUM_FIXED_BLOCKS)
				add_edge(g, bb->index, e->dest->index);
	graphds_scc(g, NULL);
	size.safe_grow_cleared(n);
	for (i = 0; i < n; i++)
		size[g->vertices[i].component]++;
	FOR_EACH_BB_FN(bb, fn) {
		bool self = false;

		FOR_EACH_EDGE(e, ei, bb->succs)
			self |= e->dest == bb;
		if (self || size[g->vertices[bb->index].component] > 1)
			bitmap_set_bit(cyc, bb->index);
	}
	free_graph(g);
}
