// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * ctrl-dep.c - protecting control dependencies.
 *
 * A store in a leg of a conditional branch on a head-derived value is
 * ordered after the head by the hardware, as long as the branch stays
 * between them in the machine code.  GCC breaks that by merging what the
 * legs have in common: RTL head merging hoists identical stores above the
 * branch, tail-merge and crossjumping make the legs one and drop the
 * branch, if-conversion turns plain stores into a csel and one store
 * (docs/breakages.md C1-C3, C5, C6).
 *
 * The fix is a distinct leg marker (asm.c) first in each leg that holds
 * such a store: a volatile asm with an id of its own.  The legs then never
 * start alike nor become identical, so the branch stays, and no volatile
 * access, call or (with a "memory" clobber) plain store moves above it.
 *
 * Algorithm, per function:
 *   0. a branch on a & b or a | b, a head-derived and b not, tests a
 *      first (ctrl-first.c), where the leg b alone decides needs a marker;
 *   1. post-dominators; each GIMPLE_COND / GIMPLE_SWITCH with an operand
 *      carrying LKMM_CTRL is a branch on a head;
 *   2. the leg of a successor edge is every block reachable from its
 *      destination without passing the branch's immediate post-dominator
 *      (the join); the branch controls the stores found there:
 *        - volatile stores, atomic builtins that store, asms with a memory
 *          output: always;
 *        - under an explicit head (LKMM_XCTRL) also plain stores and calls
 *          that may write memory;
 *      a plain store (or a builtin like memcpy that folding may turn
 *      into one) needs the "memory" clobber: nothing else keeps it below
 *      the marker.  The others do not: volatile accesses, calls and asms
 *      are never moved across a volatile asm, and the clobber would cost
 *      reloads of values loaded before the branch;
 *   3. all decisions are made first, then the markers are inserted, at
 *      the start of the destination, or on a new block when the edge is
 *      critical.  The late run (after IPA inlining) sees the early markers
 *      at the start of their legs and only adds a clobber to one that now
 *      needs it.
 *
 * Ids are an FNV hash of the main input file plus a counter, skipping ids
 * already used in the function, so that no two legs of a branch match,
 * also after LTO has inlined other units' code.  Branches on values that
 * folding later proves constant keep a harmless marker in the surviving
 * leg; diag.c warns about the ones visible early.
 */
#include "lkmm-plugin.h"

/* What a leg holds that the branch must keep behind it. */
enum lkmm_need { LKMM_NEED_NONE, LKMM_NEED_MARK, LKMM_NEED_CLOBBER };

/* A leg to mark, decided before the CFG changes. */
struct lkmm_leg {
	edge e;
	bool clobber;
};

/* An asm (not ours) with a memory output, as the kernel's stlr/atomics. */
static bool lkmm_asm_store_p(const gasm *g)
{
	unsigned i;

	if (lkmm_asm_kind(g))
		return false;
	for (i = 0; i < gimple_asm_noutputs(g); i++) {
		tree v = TREE_VALUE(gimple_asm_output_op(g, i));

		if (!is_gimple_reg(v))
			return true;
	}
	return false;
}

/* What STMT in a leg of a branch with head flags FLAGS needs. */
static enum lkmm_need lkmm_stmt_need(gimple *stmt, unsigned flags)
{
	bool xctrl = flags & LKMM_XCTRL;

	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		if (!gimple_vdef(stmt) || gimple_clobber_p(stmt) ||
		    !gimple_store_p(stmt))
			return LKMM_NEED_NONE;
		if (gimple_has_volatile_ops(stmt))
			return LKMM_NEED_MARK;
		return xctrl ? LKMM_NEED_CLOBBER : LKMM_NEED_NONE;
	case GIMPLE_CALL:
		if (lkmm_atomic_writes_p(stmt))
			return LKMM_NEED_MARK;
		if (!xctrl || !gimple_vdef(stmt))
			return LKMM_NEED_NONE;
		/* memcpy and friends may be folded into plain stores; an
		 * out-of-line callee's stores stay behind the call. */
		return gimple_call_builtin_p(stmt, BUILT_IN_NORMAL) ?
		       LKMM_NEED_CLOBBER : LKMM_NEED_MARK;
	case GIMPLE_ASM:
		return lkmm_asm_store_p(as_a<gasm *>(stmt)) ? LKMM_NEED_MARK :
		       LKMM_NEED_NONE;
	default:
		return LKMM_NEED_NONE;
	}
}

/*
 * What the leg entered by E holds: the blocks reachable from E's
 * destination before JOIN.  Stops early once nothing more can be needed.
 */
static enum lkmm_need lkmm_leg_need(edge e, basic_block join, unsigned flags,
				    auto_sbitmap &seen, auto_vec<basic_block> &work)
{
	enum lkmm_need need = LKMM_NEED_NONE;
	enum lkmm_need most = flags & LKMM_XCTRL ? LKMM_NEED_CLOBBER :
			      LKMM_NEED_MARK;

	bitmap_clear(seen);
	work.truncate(0);
	if (e->dest == join || e->dest == EXIT_BLOCK_PTR_FOR_FN(cfun))
		return need;
	bitmap_set_bit(seen, e->dest->index);
	work.safe_push(e->dest);
	while (!work.is_empty() && need < most) {
		basic_block bb = work.pop();
		gimple_stmt_iterator gsi;
		edge_iterator ei;
		edge s;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			enum lkmm_need n = lkmm_stmt_need(gsi_stmt(gsi), flags);

			if (n > need)
				need = n;
		}
		FOR_EACH_EDGE(s, ei, bb->succs) {
			if (s->dest == join ||
			    s->dest == EXIT_BLOCK_PTR_FOR_FN(cfun) ||
			    bitmap_bit_p(seen, s->dest->index))
				continue;
			bitmap_set_bit(seen, s->dest->index);
			work.safe_push(s->dest);
		}
	}
	return need;
}

/*
 * What a branch decides on is head-derived as deps says, or through the
 * opaque copies addr-hide.c made after deps was computed (or an earlier
 * run made): those are deliberately not head-derived in deps, so that no
 * later run hides them again.  VIEW carries each copied value's flags on
 * through the copy and what is computed from it.
 */
static void lkmm_see_through(const struct lkmm_deps *deps, gimple *stmt,
			     struct lkmm_flow *view)
{
	gasm *g = as_a<gasm *>(stmt);

	lkmm_flow_add(view, TREE_VALUE(gimple_asm_output_op(g, 0)),
		      lkmm_flags(deps, TREE_VALUE(gimple_asm_input_op(g, 0))));
}

static unsigned lkmm_op_flags(const struct lkmm_deps *deps,
			      const struct lkmm_flow *view, tree op)
{
	return lkmm_flags(deps, op) | lkmm_flow_bits_of(view, op);
}

/* The LKMM_* flags of the value branch STMT decides on, 0 if none. */
static unsigned lkmm_branch_flags(const struct lkmm_deps *deps,
				  const struct lkmm_flow *view, gimple *stmt)
{
	if (gcond *c = dyn_cast<gcond *>(stmt))
		return lkmm_op_flags(deps, view, gimple_cond_lhs(c)) |
		       lkmm_op_flags(deps, view, gimple_cond_rhs(c));
	if (gswitch *s = dyn_cast<gswitch *>(stmt))
		return lkmm_op_flags(deps, view, gimple_switch_index(s));
	if (ggoto *g = dyn_cast<ggoto *>(stmt))
		return lkmm_op_flags(deps, view, gimple_goto_dest(g));
	if (gasm *a = dyn_cast<gasm *>(stmt)) {
		unsigned i, f = 0;

		if (!gimple_asm_nlabels(a) || lkmm_asm_kind(a))
			return 0;
		for (i = 0; i < gimple_asm_ninputs(a); i++)
			f |= lkmm_op_flags(deps, view,
				TREE_VALUE(gimple_asm_input_op(a, i)));
		return f;
	}
	return 0;
}

/* The leg marker a run before this one put first in BB, if any. */
static gasm *lkmm_leg_marker(basic_block bb, gimple_stmt_iterator *where)
{
	gimple_stmt_iterator gsi;

	if (!single_pred_p(bb))
		return NULL;
	/* Sinking may have put computations before it. */
	for (gsi = gsi_after_labels(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
		gimple *stmt = gsi_stmt(gsi);

		if (lkmm_asm_kind(stmt) == LKMM_ASM_LEG) {
			*where = gsi;
			return as_a<gasm *>(stmt);
		}
		if (gimple_vdef(stmt) || gimple_code(stmt) == GIMPLE_ASM ||
		    is_gimple_call(stmt))
			return NULL;
	}
	return NULL;
}

static unsigned lkmm_leg_id(const gasm *g)
{
	tree v = TREE_VALUE(gimple_asm_input_op(g, gimple_asm_ninputs(g) - 1));

	return tree_fits_uhwi_p(v) ? tree_to_uhwi(v) : 0;
}

static bool lkmm_asm_clobbers_p(const gasm *g)
{
	return gimple_asm_clobbers_memory_p(g);
}

/* FNV-1a of the main input file: ids of different units rarely meet. */
static unsigned lkmm_unit_hash(void)
{
	const char *p = main_input_filename ? main_input_filename : "";
	unsigned h = 2166136261u;

	for (; *p; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	return h;
}

struct lkmm_ids {
	hash_set<int_hash<unsigned, 0> > used;
	unsigned base, next;
};

static unsigned lkmm_new_id(struct lkmm_ids *ids)
{
	unsigned id;

	do
		id = ids->base + ids->next++;
	while (!id || ids->used.contains(id));
	ids->used.add(id);
	return id;
}

/* Put a leg marker first in the leg E enters. */
static void lkmm_mark_leg(edge e, unsigned id, bool clobber)
{
	basic_block bb = single_pred_p(e->dest) ? e->dest : split_edge(e);
	gimple_stmt_iterator gsi = gsi_after_labels(bb);
	gasm *g = lkmm_asm_leg(id, clobber);

	gimple_set_location(g, gsi_end_p(gsi) ? UNKNOWN_LOCATION :
			    gimple_location(gsi_stmt(gsi)));
	/* Before the end of an empty block appends (insert_after asserts). */
	gsi_insert_before(&gsi, g, GSI_NEW_STMT);
	update_stmt(g);
}

/* Remove an earlier marker so that a new one can take its place. */
static void lkmm_drop_marker(gimple_stmt_iterator *gsi)
{
	gimple *stmt = gsi_stmt(*gsi);

	if (gimple_vdef(stmt))
		unlink_stmt_vdef(stmt);
	gsi_remove(gsi, true);
	release_defs(stmt);
}

/* Ids of the markers already in the function (earlier run, inlined
 * callees) into IDS; the opaque copies, to see through, into VIEW. */
static void lkmm_scan_asms(function *fn, const struct lkmm_deps *deps,
			   struct lkmm_ids *ids, struct lkmm_flow *view)
{
	basic_block bb;

	lkmm_flow_init(view, LKMM_STEP_COMPUTE | LKMM_STEP_COMPARE |
		       LKMM_STEP_HIDE, NULL, NULL);
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			unsigned id, kind = lkmm_asm_kind(stmt);

			if (kind == LKMM_ASM_HIDE &&
			    lkmm_flow_stmt_step(stmt) == LKMM_STEP_HIDE)
				lkmm_see_through(deps, stmt, view);
			if (kind != LKMM_ASM_LEG)
				continue;
			id = lkmm_leg_id(as_a<gasm *>(stmt));
			if (id)
				ids->used.add(id);
		}
	}
	lkmm_flow_run(view);
	ids->base = lkmm_unit_hash();
	ids->next = 1;
}

/* Say in the dump file why the leg E enters is kept. */
static void lkmm_dump_leg(edge e, gimple *branch, gimple *head,
			  enum lkmm_need need)
{
	expanded_location b, h;

	if (!dump_file || !(dump_flags & TDF_DETAILS))
		return;
	b = expand_location(lkmm_stmt_loc(branch));
	fprintf(dump_file, "lkmm: keeping leg bb %d -> bb %d of the branch at "
		"%s:%d: it holds a store the branch must order (%s); the "
		"branch decides on a head-derived value",
		e->src->index, e->dest->index, b.file, b.line,
		need == LKMM_NEED_CLOBBER ? "plain: marker with memory clobber"
					  : "marker");
	if (head) {
		h = expand_location(lkmm_stmt_loc(head));
		fprintf(dump_file, " (head at %s:%d)", h.file, h.line);
	}
	fputc('\n', dump_file);
}

/* The head OP derives from, for the dump: through an opaque copy too. */
static gimple *lkmm_op_head(const struct lkmm_deps *deps, tree op)
{
	gimple *def;

	if (lkmm_head(deps, op) || !op || TREE_CODE(op) != SSA_NAME)
		return lkmm_head(deps, op);
	def = SSA_NAME_DEF_STMT(op);
	if (lkmm_flow_stmt_step(def) != LKMM_STEP_HIDE)
		return NULL;
	return lkmm_head(deps, TREE_VALUE(gimple_asm_input_op(
					as_a<gasm *>(def), 0)));
}

/* The head a branch decides on, for the dump. */
static gimple *lkmm_branch_head(const struct lkmm_deps *deps, gimple *last)
{
	gimple *h = NULL;

	if (gcond *c = dyn_cast<gcond *>(last)) {
		h = lkmm_op_head(deps, gimple_cond_lhs(c));
		if (!h)
			h = lkmm_op_head(deps, gimple_cond_rhs(c));
	} else if (gswitch *s = dyn_cast<gswitch *>(last)) {
		h = lkmm_op_head(deps, gimple_switch_index(s));
	}
	return h;
}

/* The legs of BB's branch on a head (FLAGS) that must get a marker. */
static void lkmm_branch_legs(function *fn, const struct lkmm_deps *deps,
			     basic_block bb, unsigned flags,
			     auto_sbitmap &seen, auto_vec<basic_block> &work,
			     vec<struct lkmm_leg> *legs, struct lkmm_stats *st)
{
	basic_block join = get_immediate_dominator(CDI_POST_DOMINATORS, bb);
	edge_iterator ei;
	edge e;

	if (!join)
		join = EXIT_BLOCK_PTR_FOR_FN(fn);
	FOR_EACH_EDGE(e, ei, bb->succs) {
		enum lkmm_need need;
		struct lkmm_leg leg;

		need = lkmm_leg_need(e, join, flags, seen, work);
		if (need == LKMM_NEED_NONE)
			continue;
		if (e->flags & (EDGE_ABNORMAL | EDGE_EH)) {
			st->skipped++;
			continue;
		}
		lkmm_dump_leg(e, last_stmt(bb), lkmm_branch_head(deps,
					last_stmt(bb)), need);
		leg.e = e;
		leg.clobber = need == LKMM_NEED_CLOBBER;
		legs->safe_push(leg);
	}
}

/* Every leg to mark, decided before the CFG changes. */
static void lkmm_find_legs(function *fn, const struct lkmm_deps *deps,
			   const struct lkmm_flow *view,
			   vec<struct lkmm_leg> *legs, struct lkmm_stats *st)
{
	auto_sbitmap seen(last_basic_block_for_fn(fn));
	auto_vec<basic_block> work;
	basic_block bb;

	calculate_dominance_info(CDI_POST_DOMINATORS);
	FOR_EACH_BB_FN(bb, fn) {
		gimple *last = last_stmt(bb);
		unsigned flags;

		if (!last || !(flags = lkmm_branch_flags(deps, view, last)) ||
		    !(flags & LKMM_CTRL))
			continue;
		if (gimple_code(last) != GIMPLE_COND &&
		    gimple_code(last) != GIMPLE_SWITCH) {
			/* Computed goto, asm goto on a head. */
			st->skipped++;
			continue;
		}
		lkmm_branch_legs(fn, deps, bb, flags, seen, work, legs, st);
	}
	free_dominance_info(CDI_POST_DOMINATORS);
}

/* A branch on a & b or a | b (ctrl-first.c) whose leg b alone decides
 * holds what it must order, a head-derived and b not: a is tested first. */
struct lkmm_first {
	gcond *cond;
	edge decided;	/* the leg b alone decides */
};

/* The operand of C's combined condition to test first, NULL if none: the
 * head-derived one, when the other is not. */
static tree lkmm_first_operand(const struct lkmm_deps *deps,
			       const struct lkmm_flow *view, gcond *c,
			       edge *decided, bool *and_p)
{
	gassign *op = lkmm_combined_cond(c, decided, and_p);
	tree a, b;
	bool fa, fb;

	if (!op)
		return NULL;
	a = gimple_assign_rhs1(op);
	b = gimple_assign_rhs2(op);
	fa = lkmm_op_flags(deps, view, a) & LKMM_CTRL;
	fb = lkmm_op_flags(deps, view, b) & LKMM_CTRL;
	if (fa == fb)
		return NULL;
	return fa ? a : b;
}

/* The combined branches whose leg decided without the head holds what
 * the branch must order (as lkmm_find_legs will find it). */
static void lkmm_find_firsts(function *fn, const struct lkmm_deps *deps,
			     const struct lkmm_flow *view,
			     vec<struct lkmm_first> *todo)
{
	auto_sbitmap seen(last_basic_block_for_fn(fn));
	auto_vec<basic_block> work;
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gcond *c = safe_dyn_cast<gcond *>(last_stmt(bb));
		struct lkmm_first f;
		basic_block join, to;
		bool and_p;
		tree h;

		if (!c || !(h = lkmm_first_operand(deps, view, c, &f.decided,
						   &and_p)) ||
		    lkmm_tested_before(bb, h))
			continue;
		/* A second edge into a loop's header would be a second latch. */
		to = f.decided->dest;
		if (current_loops && to->loop_father &&
		    to->loop_father->header == to)
			continue;
		calculate_dominance_info(CDI_POST_DOMINATORS);
		join = get_immediate_dominator(CDI_POST_DOMINATORS, bb);
		if (lkmm_leg_need(f.decided, join ? join :
				  EXIT_BLOCK_PTR_FOR_FN(fn),
				  lkmm_branch_flags(deps, view, c), seen,
				  work) == LKMM_NEED_NONE)
			continue;
		f.cond = c;
		todo->safe_push(f);
	}
	free_dominance_info(CDI_POST_DOMINATORS);
}

/* Test first the head-derived operand of each combined branch that needs
 * it, then that of the & (|) of the same kind it is made of, if any. */
static void lkmm_split_combined(function *fn, const struct lkmm_deps *deps,
				const struct lkmm_flow *view)
{
	auto_vec<struct lkmm_first> todo;
	unsigned i;

	lkmm_find_firsts(fn, deps, view, &todo);
	for (i = 0; i < todo.length(); i++) {
		struct lkmm_first f = todo[i];
		edge d;
		bool and_p;
		tree h = lkmm_first_operand(deps, view, f.cond, &d, &and_p);

		f.cond = lkmm_test_first(f.cond, h, f.decided, and_p);
		f.decided = find_edge(gimple_bb(f.cond), f.decided->dest);
		if (lkmm_first_operand(deps, view, f.cond, &d, &and_p) &&
		    d == f.decided)
			todo.safe_push(f);
	}
	/* The loop tree stays true: the new edge goes where the branch's own
	 * edge goes, from the same loop; lkmm_find_firsts skips a loop's
	 * header, and lkmm_test_first records a loop exit. */
	if (!todo.is_empty())
		free_dominance_info(CDI_DOMINATORS);
}

void lkmm_protect_ctrl_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st)
{
	auto_vec<struct lkmm_leg> legs;
	struct lkmm_ids ids;
	struct lkmm_flow view;
	unsigned i;
	bool vops = false;

	lkmm_scan_asms(fn, deps, &ids, &view);
	lkmm_split_combined(fn, deps, &view);
	lkmm_find_legs(fn, deps, &view, &legs, st);
	for (i = 0; i < legs.length(); i++) {
		edge e = legs[i].e;
		gimple_stmt_iterator gsi;
		gasm *old = lkmm_leg_marker(e->dest, &gsi);
		unsigned id;

		if (old && (!legs[i].clobber || lkmm_asm_clobbers_p(old)) &&
		    gsi_stmt(gsi_after_labels(e->dest)) == old)
			continue;	/* marked by the early run */
		if (old) {
			/* Needs a clobber now, or is no longer first. */
			id = lkmm_leg_id(old);
			legs[i].clobber |= lkmm_asm_clobbers_p(old);
			vops |= gimple_vdef(old) != NULL_TREE;
			lkmm_drop_marker(&gsi);
		} else {
			id = lkmm_new_id(&ids);
		}
		lkmm_mark_leg(e, id, legs[i].clobber);
		vops |= legs[i].clobber;
		st->legs++;
	}
	if (vops)
		mark_virtual_operands_for_renaming(fn);
}
