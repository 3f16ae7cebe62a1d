// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * fences.c - Alpha fences: an mb only where a dependent load follows.
 *
 * Alpha fences.  Alpha may satisfy a load before the load its address came
 * from has been ordered (split caches), so a dependent load needs an mb
 * between it and its head.  The kernel puts one after every READ_ONCE();
 * lkmm puts one only where a dependent load follows, as late as it can.
 *
 * A *source* is a load that heads address dependencies: every LKMM_ADDR
 * head, and every load whose address is itself head-derived (so a list
 * walk through plain loads is fenced link by link, as heads.c tracks it).
 * Each head-derived SSA name gets the set of nearest sources it is computed
 * from.  A *dependent use* is a load (assignment, atomic load) whose
 * address uses such a name, and an escape of a pointer to code lkmm does
 * not see (a call argument, a return value, an asm input): that code will
 * load through it without a fence of its own.
 *
 * Algorithm: a forward may-dataflow over the CFG of the sources loaded
 * since the last fence ("pending").  A fence (ours, __atomic_thread_fence,
 * __sync_synchronize, an acquire/consume atomic load, an asm "mb") clears
 * pending; a source adds itself.  Scanning in reverse post-order, the first
 * dependent use whose sources may be pending gets a fence, and the dataflow
 * is redone: the fence clears every pending source, so one mb serves all
 * the heads loaded before it.  If every source that makes the fence needed
 * is loaded outside the innermost loop holding the use, the fence goes on
 * that loop's entry edge instead (and further out while that holds): it
 * then runs once, not once per iteration.  A list walk loading its next
 * head inside the loop keeps the fence in the body.  Each round satisfies
 * one use for good, so the rounds are bounded by the dependent uses.
 *
 * The fence is the target's (arch.c): on Alpha a call to
 * __atomic_thread_fence(__ATOMIC_SEQ_CST), printed as mb, which every later
 * pass treats as reading and writing all memory, so no load moves above
 * it.  Stores need no fence: Alpha does not make a store visible before
 * the loads it depends on are resolved.
 */
#include "lkmm-plugin.h"

struct lkmm_fence_ctx {
	struct lkmm_deps *deps;
	auto_vec<gimple *> src;		/* the sources, by index */
	hash_map<gimple *, unsigned> src_index;
	auto_vec<bitmap> sset;		/* sources per SSA version */
	bitmap_obstack ob;
};

static bool lkmm_builtin_model(const gimple *stmt, unsigned arg,
			       enum memmodel *model)
{
	tree m;

	if (gimple_call_num_args(stmt) <= arg)
		return false;
	m = gimple_call_arg(stmt, arg);
	if (!tree_fits_uhwi_p(m))
		return false;
	*model = memmodel_base(tree_to_uhwi(m));
	return true;
}

/* Does STMT put an mb on Alpha after itself? */
static bool lkmm_fence_p(const gimple *stmt)
{
	enum memmodel model;
	int load_model = lkmm_atomic_load_model(stmt);

	if (const gasm *g = dyn_cast<const gasm *>(stmt))
		return gimple_asm_volatile_p(g) &&
		       lkmm_arch_fence_text_p(gimple_asm_string(g));
	/* consume, acquire and seq_cst loads are "ld; mb" on Alpha. */
	if (load_model >= 0)
		return load_model != MEMMODEL_RELAXED;
	if (!gimple_call_builtin_p(stmt, BUILT_IN_NORMAL))
		return false;
	switch (DECL_FUNCTION_CODE(gimple_call_fndecl(stmt))) {
	case BUILT_IN_SYNC_SYNCHRONIZE:
		return true;
	case BUILT_IN_ATOMIC_THREAD_FENCE:
		return lkmm_builtin_model(stmt, 0, &model) &&
		       model != MEMMODEL_RELAXED;
	default:
		return false;
	}
}

static bitmap lkmm_sset(struct lkmm_fence_ctx *c, tree op)
{
	if (!op || TREE_CODE(op) != SSA_NAME ||
	    SSA_NAME_VERSION(op) >= c->sset.length())
		return NULL;
	return c->sset[SSA_NAME_VERSION(op)];
}

static void lkmm_sset_ior(struct lkmm_fence_ctx *c, bitmap to, tree op)
{
	bitmap b = lkmm_sset(c, op);

	if (b)
		bitmap_ior_into(to, b);
}

struct lkmm_collect {
	struct lkmm_fence_ctx *c;
	bitmap to;
};

static tree lkmm_collect_ssa(tree *tp, int *walk_subtrees, void *data)
{
	struct lkmm_collect *w = (struct lkmm_collect *)data;

	if (TREE_CODE(*tp) == SSA_NAME) {
		lkmm_sset_ior(w->c, w->to, *tp);
		*walk_subtrees = 0;
	} else if (TYPE_P(*tp) || DECL_P(*tp) || CONSTANT_CLASS_P(*tp)) {
		*walk_subtrees = 0;
	}
	return NULL_TREE;
}

/* Add to TO the sources of the SSA names inside the tree T. */
static void lkmm_sset_of_tree(struct lkmm_fence_ctx *c, bitmap to, tree t)
{
	struct lkmm_collect w = { c, to };

	walk_tree(&t, lkmm_collect_ssa, &w, NULL);
}

static bool lkmm_ptr_p(tree op)
{
	return op && POINTER_TYPE_P(TREE_TYPE(op));
}

/*
 * The sources whose pending state STMT cares about, into USE: the
 * address of a load, a pointer handed to unseen code.  False if STMT is
 * no dependent use.
 */
static bool lkmm_dep_use(struct lkmm_fence_ctx *c, gimple *stmt, bitmap use)
{
	unsigned i;

	bitmap_clear(use);
	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		if (!gimple_assign_load_p(stmt))
			return false;
		lkmm_sset_of_tree(c, use, gimple_assign_rhs1(stmt));
		break;
	case GIMPLE_CALL:
		if (gimple_call_builtin_p(stmt, BUILT_IN_EXPECT) ||
		    gimple_call_builtin_p(stmt, BUILT_IN_EXPECT_WITH_PROBABILITY) ||
		    gimple_call_builtin_p(stmt, BUILT_IN_ASSUME_ALIGNED) ||
		    (gimple_call_flags(stmt) & (ECF_CONST | ECF_NOVOPS)))
			return false;
		for (i = 0; i < gimple_call_num_args(stmt); i++) {
			tree a = gimple_call_arg(stmt, i);

			if (TREE_CODE(a) == SSA_NAME) {
				if (lkmm_ptr_p(a))
					lkmm_sset_ior(c, use, a);
			} else if (!is_gimple_min_invariant(a)) {
				lkmm_sset_of_tree(c, use, a);
			}
		}
		break;
	case GIMPLE_RETURN: {
		tree r = gimple_return_retval(as_a<greturn *>(stmt));

		if (lkmm_ptr_p(r))
			lkmm_sset_ior(c, use, r);
		break;
	}
	case GIMPLE_ASM: {
		gasm *g = as_a<gasm *>(stmt);

		if (lkmm_asm_kind(g))
			return false;
		for (i = 0; i < gimple_asm_ninputs(g); i++)
			lkmm_sset_of_tree(c, use,
					  TREE_VALUE(gimple_asm_input_op(g, i)));
		break;
	}
	default:
		return false;
	}
	return !bitmap_empty_p(use);
}

/* The source index of STMT, or -1. */
static int lkmm_src(struct lkmm_fence_ctx *c, gimple *stmt)
{
	unsigned *i = c->src_index.get(stmt);

	return i ? (int)*i : -1;
}

/*
 * The sources, and the nearest sources of each head-derived name.  Which
 * names are derived is heads.c's answer (the flow engine's step policy);
 * this only says from which sources, a set per name of any size.  The
 * engine's bits are 64 (flow.h), so the union over a definition's operands
 * runs here, to a fixpoint over the names (loops' PHIs).
 */
static void lkmm_find_sources(function *fn, struct lkmm_fence_ctx *c)
{
	struct lkmm_deps *deps = c->deps;
	basic_block bb;
	bool changed;
	unsigned i;
	tree name;

	c->sset.safe_grow_cleared(num_ssa_names);
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			tree lhs = gimple_get_lhs(stmt);

			if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
			    !(lkmm_flags(deps, lhs) & LKMM_ADDR))
				continue;
			/* A head, or a load through a dependent address. */
			if (!(lkmm_head_flags(stmt) & LKMM_ADDR) &&
			    !gimple_vuse(stmt))
				continue;
			c->src_index.put(stmt, c->src.length());
			c->sset[SSA_NAME_VERSION(lhs)] = BITMAP_ALLOC(&c->ob);
			bitmap_set_bit(c->sset[SSA_NAME_VERSION(lhs)],
				       c->src.length());
			c->src.safe_push(stmt);
		}
	}

	/* The other head-derived names: the union over their operands,
	 * to a fixpoint (PHIs in loops). */
	do {
		changed = false;
		FOR_EACH_SSA_NAME(i, name, fn) {
			gimple *def;
			bitmap b;

			if (!(lkmm_flags(deps, name) & LKMM_ADDR) ||
			    SSA_NAME_IS_DEFAULT_DEF(name))
				continue;
			def = SSA_NAME_DEF_STMT(name);
			if (!def || lkmm_src(c, def) >= 0)
				continue;
			b = c->sset[i];
			if (!b)
				b = c->sset[i] = BITMAP_ALLOC(&c->ob);
			if (gphi *phi = dyn_cast<gphi *>(def)) {
				unsigned j;

				for (j = 0; j < gimple_phi_num_args(phi); j++) {
					bitmap a = lkmm_sset(c, gimple_phi_arg_def(phi, j));

					if (a && a != b)
						changed |= bitmap_ior_into(b, a);
				}
			} else {
				ssa_op_iter it;
				tree op;

				FOR_EACH_SSA_TREE_OPERAND(op, def, it, SSA_OP_USE) {
					bitmap a = lkmm_sset(c, op);

					if (a && a != b)
						changed |= bitmap_ior_into(b, a);
				}
			}
		}
	} while (changed);
}

/* Run STMT's effect on PENDING. */
static void lkmm_transfer(struct lkmm_fence_ctx *c, gimple *stmt,
			  sbitmap pending)
{
	int s = lkmm_src(c, stmt);

	if (s >= 0)
		bitmap_set_bit(pending, s);
	if (lkmm_fence_p(stmt))
		bitmap_clear(pending);
}

/* Pending sources at the start of each block, to a fixpoint. */
static void lkmm_pending_in(function *fn, struct lkmm_fence_ctx *c,
			    int *rpo, int n, sbitmap *in)
{
	auto_sbitmap cur(c->src.length());
	bool changed;
	int i;

	bitmap_vector_clear(in, last_basic_block_for_fn(fn));
	do {
		changed = false;
		for (i = 0; i < n; i++) {
			basic_block bb = BASIC_BLOCK_FOR_FN(fn, rpo[i]);
			gimple_stmt_iterator gsi;
			edge_iterator ei;
			edge e;

			bitmap_copy(cur, in[bb->index]);
			for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
			     gsi_next(&gsi))
				lkmm_transfer(c, gsi_stmt(gsi), cur);
			FOR_EACH_EDGE(e, ei, bb->succs)
				if (e->dest != EXIT_BLOCK_PTR_FOR_FN(fn))
					changed |= bitmap_ior(in[e->dest->index],
							      in[e->dest->index],
							      cur);
		}
	} while (changed);
}

/* The single edge entering LOOP from outside, or NULL. */
static edge lkmm_loop_entry(class loop *loop)
{
	edge e, entry = NULL;
	edge_iterator ei;

	FOR_EACH_EDGE(e, ei, loop->header->preds) {
		if (flow_bb_inside_loop_p(loop, e->src))
			continue;
		if (entry || (e->flags & EDGE_COMPLEX))
			return NULL;
		entry = e;
	}
	return entry;
}

/*
 * Where the fence for a dependent use in BB whose pending sources are
 * NEED goes: the entry edge of the outermost loop around BB that loads
 * none of them, or NULL for "right before the use".
 */
static edge lkmm_hoist_edge(function *fn, struct lkmm_fence_ctx *c,
			    basic_block bb, sbitmap need)
{
	class loop *loop;
	edge best = NULL;

	if (!loops_for_fn(fn) ||
	    loops_state_satisfies_p(fn, LOOPS_NEED_FIXUP))
		return NULL;
	for (loop = bb->loop_father; loop && loop_outer(loop);
	     loop = loop_outer(loop)) {
		sbitmap_iterator sbi;
		unsigned s;
		edge e;

		EXECUTE_IF_SET_IN_BITMAP(need, 0, s, sbi)
			if (flow_bb_inside_loop_p(loop, gimple_bb(c->src[s])))
				return best;
		e = lkmm_loop_entry(loop);
		if (!e)
			return best;
		best = e;
	}
	return best;
}

/* Put FENCE on edge E, in its source block when that is a plain
 * fall-through, else in a new block on the edge. */
static void lkmm_insert_on_edge(edge e, gimple *fence)
{
	basic_block src = e->src;
	gimple_stmt_iterator gsi;
	gimple *last;

	if (src->index < NUM_FIXED_BLOCKS || !single_succ_p(src) ||
	    ((last = last_stmt(src)) && stmt_ends_bb_p(last)))
		src = split_edge(e);
	gsi = gsi_last_bb(src);
	if (gsi_end_p(gsi))
		gsi_insert_before(&gsi, fence, GSI_NEW_STMT);
	else
		gsi_insert_after(&gsi, fence, GSI_NEW_STMT);
}

/*
 * Find the first dependent use (in RPO) whose sources may be pending and
 * fence it.  False when every dependent use is fenced.  A walk over the
 * blocks (the pending dataflow), not over SSA uses: no flow engine here.
 */
static bool lkmm_fence_one(function *fn, struct lkmm_fence_ctx *c, int *rpo,
			   int n, sbitmap *in, struct lkmm_stats *st)
{
	auto_sbitmap cur(c->src.length()), need(c->src.length());
	auto_bitmap use;
	int i;

	for (i = 0; i < n; i++) {
		basic_block bb = BASIC_BLOCK_FOR_FN(fn, rpo[i]);
		gimple_stmt_iterator gsi;

		bitmap_copy(cur, in[bb->index]);
		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi), *fence;
			bitmap_iterator bi;
			bool any = false;
			unsigned s;
			edge e;

			if (!bitmap_empty_p(cur) && lkmm_dep_use(c, stmt, use)) {
				bitmap_clear(need);
				EXECUTE_IF_SET_IN_BITMAP(use, 0, s, bi)
					if (bitmap_bit_p(cur, s)) {
						bitmap_set_bit(need, s);
						any = true;
					}
			}
			if (!any) {
				lkmm_transfer(c, stmt, cur);
				continue;
			}
			fence = lkmm_arch()->fence(lkmm_stmt_loc(stmt));
			if (!fence) {
				st->skipped++;
				return false;
			}
			e = lkmm_hoist_edge(fn, c, bb, need);
			if (e)
				lkmm_insert_on_edge(e, fence);
			else
				gsi_insert_before(&gsi, fence, GSI_SAME_STMT);
			st->fences++;
			return true;
		}
	}
	return false;
}

void lkmm_place_fences(function *fn, struct lkmm_deps *deps,
		       struct lkmm_stats *st)
{
	struct lkmm_fence_ctx c;
	unsigned rounds = 0, limit;

	c.deps = deps;
	bitmap_obstack_initialize(&c.ob);
	lkmm_find_sources(fn, &c);
	if (c.src.is_empty()) {
		bitmap_obstack_release(&c.ob);
		return;
	}
	limit = LKMM_FENCE_ROUNDS_MAX(n_basic_blocks_for_fn(fn));
	for (;;) {
		int *rpo = XNEWVEC(int, n_basic_blocks_for_fn(fn));
		int n = pre_and_rev_post_order_compute_fn(fn, NULL, rpo, false);
		sbitmap *in = sbitmap_vector_alloc(last_basic_block_for_fn(fn),
						   c.src.length());
		bool again;

		lkmm_pending_in(fn, &c, rpo, n, in);
		again = lkmm_fence_one(fn, &c, rpo, n, in, st);
		sbitmap_vector_free(in);
		free(rpo);
		if (!again)
			break;
		/* Cannot happen (each round fences one use for good); if it
		 * did, stop adding fences rather than loop. */
		if (++rounds > limit) {
			st->skipped++;
			break;
		}
	}
	if (st->fences)
		mark_virtual_operands_for_renaming(fn);
	bitmap_obstack_release(&c.ob);
}
