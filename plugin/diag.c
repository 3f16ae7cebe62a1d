// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * diag.c - the lkmm-* warnings decided on GIMPLE.
 *
 * lkmm_diagnose() runs on GIMPLE right after early inlining, on the early
 * run's analysis (heads.c: marked locals head as written, on every
 * target, so the same source warns the same everywhere; nothing here
 * depends on what the protecting passes do):
 *
 *   - for each branch on a head-derived value, the legs are the blocks
 *     reached from each successor before the branch's immediate
 *     post-dominator; legs with loads but no memory write at all (no
 *     store, call or asm with a memory clobber) draw lkmm-load-only-ctrl;
 *   - a branch on a marked head that goes one way whatever the head
 *     loaded draws lkmm-constant-condition.
 *
 * Marked heads always get them; unmarked idioms only with warn=all.  The
 * same walk tells verify.c which dependent accesses the RTL must still
 * order.
 */
#include "lkmm-plugin.h"

/* The head an operand derives from, and whether that head is marked.
 * The deps are the early run's analysis (heads.c): marked locals head
 * there as they are written, on every target. */
struct lkmm_src {
	gimple *head;
	unsigned flags;		/* LKMM_ADDR | LKMM_CTRL | LKMM_X* */
};

static struct lkmm_src lkmm_src_of(const struct lkmm_deps *deps, tree op)
{
	struct lkmm_src s;

	s.flags = lkmm_flags(deps, op);
	s.head = lkmm_head(deps, op);
	return s;
}

/* The location of the load a head statement stands for. */
static location_t lkmm_head_loc(gimple *head)
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

/* A head verify.c can find at RTL: a volatile or __atomic load. */
static bool lkmm_rtl_head_p(gimple *head)
{
	const gasm *g = head ? dyn_cast<const gasm *>(head) : NULL;

	if (g && gimple_asm_ninputs(g)) {
		tree in = TREE_VALUE(gimple_asm_input_op(g, 0));

		head = TREE_CODE(in) == SSA_NAME ? SSA_NAME_DEF_STMT(in) : NULL;
	}
	if (!head)
		return false;
	if (gimple_assign_load_p(head))
		return gimple_has_volatile_ops(head);
	return lkmm_head_flags(head) && is_gimple_call(head);
}

/* Should a dependency from a head with FLAGS be reported? */
static bool lkmm_reported(unsigned flags)
{
	return (flags & LKMM_EXPLICIT) || lkmm_opt.warn_all || lkmm_opt.check;
}

/* The head-derived SSA name in the address of memory reference REF. */
static tree lkmm_ref_dep(const struct lkmm_deps *deps, tree ref)
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

/*
 * A plain access worth checking: one scalar load or store, not of a local
 * that lives on the stack (the RTL accesses those through the frame, and
 * only this function sees them), not an aggregate copy or a bit-field
 * (several insns, or a read-modify-write of the neighbours).
 */
static bool lkmm_plain_access_p(gimple *stmt, tree ref)
{
	tree base, t;

	if (!is_gimple_reg_type(TREE_TYPE(ref)) ||
	    (gimple_vdef(stmt) &&
	     !is_gimple_reg_type(TREE_TYPE(gimple_assign_rhs1(stmt)))) ||
	    TREE_CODE(ref) == BIT_FIELD_REF)
		return false;
	for (t = ref; handled_component_p(t); t = TREE_OPERAND(t, 0))
		if (TREE_CODE(t) == COMPONENT_REF &&
		    DECL_BIT_FIELD(TREE_OPERAND(t, 1)))
			return false;
	base = get_base_address(ref);
	if (!base)
		return false;
	if (TREE_CODE(base) == MEM_REF &&
	    TREE_CODE(TREE_OPERAND(base, 0)) == ADDR_EXPR)
		base = TREE_OPERAND(TREE_OPERAND(base, 0), 0);
	if (DECL_P(base) && !is_global_var(base))
		return false;
	return true;
}

static bool lkmm_derived(const struct lkmm_deps *deps, tree op)
{
	return lkmm_src_of(deps, op).flags != 0;
}

/*
 * The head-derived names that are so only on some paths: a PHI with an
 * argument that is not derived (q = i == 2 ? &arr[i] : &y), and what is
 * computed from such names alone.  verify.c checks each path, and on the
 * other paths the source itself has no dependency: accesses through them
 * (plain or volatile: _compound_head() returns the head - 1 or the page)
 * are not expected.
 */
static void lkmm_find_partial(function *fn, const struct lkmm_deps *deps,
			      auto_vec<bool> *part)
{
	auto_vec<tree> work;
	basic_block bb;
	unsigned i;

	part->safe_grow_cleared(num_ssa_names);
	FOR_EACH_BB_FN(bb, fn) {
		gphi_iterator gpi;

		for (gpi = gsi_start_phis(bb); !gsi_end_p(gpi); gsi_next(&gpi)) {
			gphi *phi = gpi.phi();
			tree res = gimple_phi_result(phi);

			if (virtual_operand_p(res) || !lkmm_derived(deps, res))
				continue;
			for (i = 0; i < gimple_phi_num_args(phi); i++)
				if (!lkmm_derived(deps, gimple_phi_arg_def(phi, i)))
					break;
			if (i < gimple_phi_num_args(phi)) {
				(*part)[SSA_NAME_VERSION(res)] = true;
				work.safe_push(res);
			}
		}
	}
	while (!work.is_empty()) {
		tree n = work.pop();
		imm_use_iterator it;
		gimple *use;

		FOR_EACH_IMM_USE_STMT(use, it, n) {
			tree lhs = NULL_TREE, op;
			ssa_op_iter oi;

			if (gimple_code(use) == GIMPLE_PHI) {
				lhs = gimple_phi_result(use);
			} else if ((lhs = lkmm_propagates_to(use, n))) {
				/* Partial only if every operand derived from
				 * the head it is checked against is: jiffies + j
				 * with j partial is partial for j's head, though
				 * jiffies heads too (rcu_gp_fqs_loop()). */
				gimple *h = lkmm_head(deps, lhs);

				FOR_EACH_SSA_TREE_OPERAND(op, use, oi, SSA_OP_USE)
					if (lkmm_derived(deps, op) &&
					    lkmm_head(deps, op) == h &&
					    !(*part)[SSA_NAME_VERSION(op)])
						lhs = NULL_TREE;
			} else if (lkmm_asm_kind(use) &&
				   gimple_asm_noutputs(as_a<gasm *>(use)) == 1) {
				lhs = TREE_VALUE(gimple_asm_output_op(
					as_a<gasm *>(use), 0));
			}
			if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
			    (*part)[SSA_NAME_VERSION(lhs)])
				continue;
			(*part)[SSA_NAME_VERSION(lhs)] = true;
			work.safe_push(lhs);
		}
	}
}

static bool lkmm_partial_p(const auto_vec<bool> &part, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       SSA_NAME_VERSION(op) < part.length() &&
	       part[SSA_NAME_VERSION(op)];
}

/*
 * Address and data dependencies of volatile accesses, and of plain scalar
 * loads and stores, for verify.c.  The dependent plain loads are the
 * common case (p = rcu_dereference(gp); r = p->a).
 */
static void lkmm_expect_accesses(function *fn, const struct lkmm_deps *deps,
				 const auto_vec<bool> &part)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct lkmm_src s;
			tree dep, ref;
			bool store, plain;

			if (!gimple_assign_single_p(stmt) ||
			    gimple_clobber_p(stmt))
				continue;
			store = gimple_vdef(stmt) != NULL_TREE;
			ref = store ? gimple_assign_lhs(stmt)
				    : gimple_assign_rhs1(stmt);
			plain = !gimple_has_volatile_ops(stmt);
			if (plain && (!gimple_vuse(stmt) ||
				      !(store || gimple_assign_load_p(stmt)) ||
				      !lkmm_plain_access_p(stmt, ref)))
				continue;
			dep = lkmm_ref_dep(deps, ref);
			if (dep && !lkmm_partial_p(part, dep)) {
				s = lkmm_src_of(deps, dep);
				if (lkmm_reported(s.flags) && lkmm_rtl_head_p(s.head))
					lkmm_verify_expect_ref(fn, store ?
						(plain ? LKMM_VDEP_PLAIN_STORE :
						 LKMM_VDEP_ADDR_STORE) :
						(plain ? LKMM_VDEP_PLAIN_LOAD :
						 LKMM_VDEP_ADDR_LOAD),
						lkmm_head_loc(s.head),
						lkmm_stmt_loc(stmt), ref);
			}
			if (!store)
				continue;
			if (lkmm_partial_p(part, gimple_assign_rhs1(stmt)))
				continue;
			s = lkmm_src_of(deps, gimple_assign_rhs1(stmt));
			if ((s.flags & LKMM_ADDR) && lkmm_reported(s.flags) &&
			    lkmm_rtl_head_p(s.head))
				lkmm_verify_expect(fn, plain ? LKMM_VDEP_PLAIN_DATA :
						   LKMM_VDEP_DATA,
						   lkmm_head_loc(s.head),
						   lkmm_stmt_loc(stmt));
		}
	}
}

/*
 * A load in a leg that only the branch could order: not through an
 * address computed from a head (that one is ordered already), and, for an
 * unmarked head, a READ_ONCE() or __atomic load: a plain load there says
 * nothing about what the author relies on.
 */
static bool lkmm_unordered_load_p(gimple *stmt, const struct lkmm_deps *deps,
				  unsigned flags)
{
	tree ref;

	if (!gimple_vuse(stmt))
		return false;
	if (is_gimple_call(stmt))
		return lkmm_head_flags(stmt) &&
		       !(gimple_call_num_args(stmt) &&
			 lkmm_src_of(deps, gimple_call_arg(stmt, 0)).flags &
			 LKMM_ADDR);
	if (!gimple_assign_load_p(stmt))
		return false;
	ref = gimple_assign_rhs1(stmt);
	if (lkmm_ref_dep(deps, ref))
		return false;
	return (flags & LKMM_XCTRL) || gimple_has_volatile_ops(stmt);
}

/* The legs of the branch ending BB: blocks reached before its join. */
static void lkmm_legs(basic_block bb, auto_vec<basic_block> *legs)
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

/* Control dependencies: load-only legs, and the guarded stores. */
static void lkmm_check_branches(function *fn, const struct lkmm_deps *deps,
				const auto_vec<bool> &part,
				struct lkmm_stats *st)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple *last = last_stmt(bb);
		auto_vec<basic_block> legs;
		struct lkmm_src s = { NULL, 0 }, s2;
		bool writes = false, loads = false, expect;
		unsigned i;
		int v;
		tree op;

		if (!last || gimple_code(last) != GIMPLE_COND)
			continue;
		op = gimple_cond_lhs(last);
		s = lkmm_src_of(deps, op);
		s2 = lkmm_src_of(deps, gimple_cond_rhs(last));
		if (!(s.flags & LKMM_CTRL)) {
			s = s2;
			op = gimple_cond_rhs(last);
		}
		if (!(s.flags & LKMM_CTRL) || !s.head)
			continue;
		/* A condition derived from the head on some paths only: on
		 * the others the source has no dependency to check. */
		expect = lkmm_reported(s.flags) && lkmm_rtl_head_p(s.head) &&
			 !lkmm_partial_p(part, op);
		/* A branch that goes one way whatever the head loaded (GCC's
		 * value-range passes fold it): no control dependency, so no
		 * leg to check either.  Said for marked heads only: under
		 * warn=all the unmarked ones are min() and the like, in
		 * macros and helpers (18 in arm64 kernel/ + mm/), where no
		 * one meant a dependency. */
		v = lkmm_cond_value(as_a<gcond *>(last));
		if (v >= 0) {
			if ((s.flags & LKMM_XCTRL) &&
			    lkmm_warning(LKMM_W_CONST_COND, lkmm_stmt_loc(last),
					 lkmm_head_loc(s.head),
					 G_("the head is loaded here"),
					 v ? G_("this condition is always true "
						"for the values the head can "
						"take: no branch can order the "
						"stores that follow")
					   : G_("this condition is always false "
						"for the values the head can "
						"take: no branch can order the "
						"stores that follow")))
				st->warnings++;
			continue;
		}
		lkmm_legs(bb, &legs);

		if (legs.length() > LKMM_LEGS_MAX)
			continue;
		for (i = 0; i < legs.length(); i++) {
			gimple_stmt_iterator gsi;

			for (gsi = gsi_start_bb(legs[i]); !gsi_end_p(gsi);
			     gsi_next(&gsi)) {
				gimple *stmt = gsi_stmt(gsi);

				if (gimple_vdef(stmt) ||
				    (is_gimple_call(stmt) &&
				     !lkmm_value_builtin_p(stmt)) ||
				    gimple_code(stmt) == GIMPLE_ASM)
					writes = true;
				else if (lkmm_unordered_load_p(stmt, deps,
							       s.flags))
					loads = true;
				if (expect && gimple_vdef(stmt) &&
				    gimple_assign_single_p(stmt) &&
				    gimple_has_volatile_ops(stmt))
					lkmm_verify_expect(fn, LKMM_VDEP_CTRL,
							   lkmm_head_loc(s.head),
							   lkmm_stmt_loc(stmt));
			}
		}
		if (loads && !writes &&
		    ((s.flags & LKMM_XCTRL) || lkmm_opt.warn_all) &&
		    lkmm_warning(LKMM_W_LOAD_ONLY, lkmm_stmt_loc(last),
				 lkmm_head_loc(s.head), NULL,
				 G_("this control dependency orders no store: "
				    "its legs only load, and a branch does not "
				    "order later loads; use %<smp_rmb()%> or "
				    "%<smp_load_acquire()%>")))
			st->warnings++;
	}
}

void lkmm_diagnose(function *fn, struct lkmm_deps *deps, struct lkmm_stats *st)
{
	auto_vec<bool> part;
	bool postdom;

	if (!fn || !fn->cfg || !deps)
		return;
	postdom = dom_info_available_p(fn, CDI_POST_DOMINATORS);
	if (!postdom)
		calculate_dominance_info(CDI_POST_DOMINATORS);
	lkmm_find_partial(fn, deps, &part);
	lkmm_check_branches(fn, deps, part, st);
	if (!postdom)
		free_dominance_info(fn, CDI_POST_DOMINATORS);
	lkmm_expect_accesses(fn, deps, part);
}

