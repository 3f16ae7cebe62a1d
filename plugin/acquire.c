// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * acquire.c - promoting heads to acquire loads.
 *
 * On ARMv8, RISC-V, Power and ARMv7 (arch.c), acquire=always turns every
 * head load into an acquire load; acquire=auto only the heads whose
 * dependencies lkmm cannot guarantee: in an LTO compile (-flto at compile
 * time, or lto1) a head whose value escapes to a call, a return or an asm,
 * or whose control dependency's legs call other code.  Link-time inlining
 * and IPA propagation may rewrite that code where lkmm does not look (or
 * in an lto1 that does not load lkmm).  A promoted volatile or relaxed load
 * becomes what arch.c says: __atomic_load_N(p, __ATOMIC_ACQUIRE) (ldar on
 * AArch64, load-compare-branch-isync on Power, ldr; dmb ish on ARMv7), or
 * an asm where GCC's form is not the one wanted (ldapr with RCpc, RISC-V's
 * load; fence r,rw).
 */
#include "lkmm-plugin.h"
#include "gimplify.h"

/* Is this an LTO compile, where code lkmm does not see can be inlined or
 * propagated into what a head's value reaches? */
static bool lkmm_lto_p(void)
{
	return flag_generate_lto || in_lto_p;
}

/* A call that orders what follows it by itself: an acquire (or stronger)
 * atomic load.  Values computed after it need no dependency on HEAD. */
static bool lkmm_acquire_load_p(const gimple *stmt)
{
	int model = lkmm_atomic_load_model(stmt);

	/* Our own asm promotion (lkmm_make_acquire). */
	if (is_a<const gasm *>(stmt))
		return lkmm_asm_acquire_p(stmt);
	return model >= 0 && model != MEMMODEL_RELAXED &&
	       model != MEMMODEL_CONSUME;
}

static bool lkmm_unseen_call_p(const gimple *stmt)
{
	return is_gimple_call(stmt) &&
	       !gimple_call_builtin_p(stmt, BUILT_IN_NORMAL) &&
	       !gimple_call_internal_p(stmt);
}

/* Does a leg of the branch STMT (a successor entered only from it) call
 * code lkmm may not see? */
static gimple *lkmm_leg_call(gimple *stmt)
{
	edge_iterator ei;
	edge e;

	FOR_EACH_EDGE(e, ei, gimple_bb(stmt)->succs) {
		gimple_stmt_iterator gsi;

		if (!single_pred_p(e->dest))
			continue;
		for (gsi = gsi_start_bb(e->dest); !gsi_end_p(gsi); gsi_next(&gsi))
			if (lkmm_unseen_call_p(gsi_stmt(gsi)))
				return gsi_stmt(gsi);
	}
	return NULL;
}

/* The escape policy of acquire=auto, over the values the engine's step
 * policy carries from a head (flow.c: phis, arithmetic, comparisons,
 * loads through it).  A call's result carries too, unless the call is an
 * acquire load, which orders the rest by itself.  Stops at the first
 * escape. */
struct lkmm_escape_walk {
	const char *reason;
	gimple *where;
};

static enum lkmm_flow_act lkmm_escape_visit(struct lkmm_flow *f, tree,
					    gimple *use, tree, lkmm_bits bits,
					    lkmm_bits)
{
	struct lkmm_escape_walk *w = (struct lkmm_escape_walk *)f->data;

	if (is_gimple_debug(use))
		return LKMM_FLOW_SKIP;
	w->where = use;
	switch (gimple_code(use)) {
	case GIMPLE_CALL:
		if (lkmm_unseen_call_p(use)) {
			w->reason = "its value is passed to a call";
			return LKMM_FLOW_STOP;
		}
		if (!lkmm_acquire_load_p(use))
			lkmm_flow_add(f, gimple_call_lhs(use), bits);
		return LKMM_FLOW_SKIP;
	case GIMPLE_RETURN:
		w->reason = "its value is returned";
		return LKMM_FLOW_STOP;
	case GIMPLE_ASM:
		if (lkmm_asm_kind(use) || lkmm_acquire_load_p(use))
			return LKMM_FLOW_SKIP;
		w->reason = "its value is used by an asm";
		return LKMM_FLOW_STOP;
	case GIMPLE_COND:
	case GIMPLE_SWITCH:
		if (!(w->where = lkmm_leg_call(use)))
			return LKMM_FLOW_SKIP;
		w->reason = "a leg of its control dependency calls a function";
		return LKMM_FLOW_STOP;
	default:
		return LKMM_FLOW_CARRY;
	}
}

/*
 * Why HEAD must be promoted under auto, or NULL: a value computed from it
 * (as heads.c propagates, but not past an acquire load, which orders the
 * rest by itself) is passed to a call, returned, or fed to an asm; or a
 * branch on it has a leg that calls a function.  In an LTO build that
 * code may be inlined or specialized where lkmm does not look.
 */
static const char *lkmm_escape(struct lkmm_deps *, gimple *head,
			       gimple **where)
{
	struct lkmm_escape_walk w = { NULL, NULL };
	tree lhs = gimple_get_lhs(head);
	struct lkmm_flow f;

	if (!lhs || TREE_CODE(lhs) != SSA_NAME)
		return NULL;
	lkmm_flow_init(&f, LKMM_STEP_DERIVED, lkmm_escape_visit, &w);
	lkmm_flow_add(&f, lhs, 1);
	lkmm_flow_run(&f);
	*where = w.where;
	return w.reason;
}

/* The access size of a promotable load, or 0. */
static unsigned lkmm_load_size(tree lhs)
{
	tree type = TREE_TYPE(lhs);

	if (!(INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type)) ||
	    !tree_fits_uhwi_p(TYPE_SIZE_UNIT(type)))
		return 0;
	switch (tree_to_uhwi(TYPE_SIZE_UNIT(type))) {
	case 1: case 2: case 4: case 8:
		return tree_to_uhwi(TYPE_SIZE_UNIT(type));
	default:
		return 0;
	}
}

/* An ssa name or invariant holding ADDR, computed before GSI if need be. */
static tree lkmm_gimple_addr(gimple_stmt_iterator *gsi, tree addr)
{
	if (is_gimple_val(addr))
		return addr;
	return force_gimple_operand_gsi(gsi, addr, true, NULL_TREE, true,
					GSI_SAME_STMT);
}

/*
 * Replace the head load STMT (lhs = REF, or lhs = __atomic_load_N (p, m))
 * by the target's acquire load of the same size, which A describes.
 * False (and nothing changed) when it cannot be done.
 */
static bool lkmm_make_acquire(gimple *stmt, struct lkmm_acq_load *a)
{
	gimple_stmt_iterator gsi = gsi_for_stmt(stmt);
	tree lhs = gimple_get_lhs(stmt), ref, base, fn, type, tmp;
	tree model = build_int_cst(integer_type_node, MEMMODEL_ACQUIRE);
	unsigned size;
	gimple *g;

	if (!lhs || TREE_CODE(lhs) != SSA_NAME || stmt_ends_bb_p(stmt))
		return false;
	size = lkmm_load_size(lhs);
	if (!size || !lkmm_arch_acquire(size, TYPE_UNSIGNED(TREE_TYPE(lhs)), a))
		return false;
	if (is_gimple_call(stmt)) {
		tree addr = gimple_call_arg(stmt, 0);

		if (!POINTER_TYPE_P(TREE_TYPE(addr)))
			return false;
		ref = fold_build2(MEM_REF, TREE_TYPE(lhs), addr,
				  build_int_cst(TREE_TYPE(addr), 0));
	} else if (gimple_assign_load_p(stmt) &&
		   gimple_assign_single_p(stmt)) {
		ref = gimple_assign_rhs1(stmt);
		if (!tree_fits_uhwi_p(TYPE_SIZE_UNIT(TREE_TYPE(ref))) ||
		    tree_to_uhwi(TYPE_SIZE_UNIT(TREE_TYPE(ref))) != size ||
		    (TREE_CODE(ref) == COMPONENT_REF &&
		     DECL_BIT_FIELD(TREE_OPERAND(ref, 1))))
			return false;
	} else {
		return false;
	}
	base = get_base_address(ref);
	if (!base || (DECL_P(base) && !is_global_var(base)))
		return false;

	if (a->templ) {
		/* The target's acquire load is an asm (arch.c). */
		if (DECL_P(base))
			TREE_ADDRESSABLE(base) = 1;
		g = lkmm_asm_acquire(a, lhs, unshare_expr(ref));
	} else if (is_gimple_call(stmt)) {
		/* Already __atomic_load_N: just strengthen it. */
		gimple_call_set_arg(stmt, 1, model);
		update_stmt(stmt);
		return true;
	} else {
		fn = builtin_decl_explicit((enum built_in_function)
					   (BUILT_IN_ATOMIC_LOAD_1 +
					    exact_log2(size)));
		if (!fn)
			return false;
		if (DECL_P(base))
			TREE_ADDRESSABLE(base) = 1;
		tmp = build_fold_addr_expr(unshare_expr(ref));
		g = gimple_build_call(fn, 2, lkmm_gimple_addr(&gsi, tmp), model);
		type = TREE_TYPE(TREE_TYPE(fn));
		if (!useless_type_conversion_p(TREE_TYPE(lhs), type)) {
			/* __atomic_load_N gives an unsigned integer. */
			tmp = make_ssa_name(type);
			gimple_call_set_lhs(g, tmp);
			gimple_set_location(g, gimple_location(stmt));
			gimple_move_vops(g, stmt);
			gsi_insert_before(&gsi, g, GSI_SAME_STMT);
			g = gimple_build_assign(lhs, NOP_EXPR, tmp);
			gimple_set_location(g, gimple_location(stmt));
			gsi_replace(&gsi, g, false);
			return true;
		}
		gimple_call_set_lhs(g, lhs);
	}
	gimple_set_location(g, gimple_location(stmt));
	gimple_move_vops(g, stmt);
	gsi_replace(&gsi, g, false);
	return true;
}

void lkmm_promote_acquire(function *, struct lkmm_deps *deps,
			  struct lkmm_stats *st)
{
	static bool warned;
	unsigned i;
	gimple *head;

	if (lkmm_opt.acquire == LKMM_ACQUIRE_NEVER) {
		/* Never silent: in the compile step of an LTO build, say once
		 * per unit that what auto would promote now depends on the
		 * link step loading lkmm. */
		if (!flag_generate_lto || in_lto_p || warned)
			return;
		FOR_EACH_VEC_ELT(deps->heads, i, head) {
			gimple *where = NULL;
			const char *reason = lkmm_escape(deps, head, &where);

			if (!reason || !lkmm_load_size(gimple_get_lhs(head)))
				continue;
			warned = true;
			warning_at(lkmm_stmt_loc(head), 0,
				   "%s: with %<acquire=never%> under %<-flto%> "
				   "this dependency is kept only if the link "
				   "step loads %s too (%s)", lkmm_name, lkmm_name,
				   reason);
			return;
		}
		return;
	}
	if (lkmm_opt.acquire == LKMM_ACQUIRE_AUTO && !lkmm_lto_p())
		return;

	/* Later heads first, promoted at once: a head whose value reaches
	 * a call only through a later head that becomes an acquire load no
	 * longer escapes (the acquire load orders the rest). */
	FOR_EACH_VEC_ELT_REVERSE(deps->heads, i, head) {
		const char *reason = "acquire=always";
		location_t loc = lkmm_stmt_loc(head);
		struct lkmm_acq_load a;
		gimple *where = NULL;

		/* Loads only: marked calls and head asms are not loads. */
		if (gimple_code(head) == GIMPLE_ASM ||
		    !(lkmm_head_flags(head) & (LKMM_ADDR | LKMM_CTRL)) ||
		    (is_gimple_call(head) &&
		     !gimple_call_builtin_p(head, BUILT_IN_NORMAL)))
			continue;
		if (lkmm_opt.acquire == LKMM_ACQUIRE_AUTO) {
			reason = lkmm_escape(deps, head, &where);
			if (!reason)
				continue;
		}
		if (!lkmm_make_acquire(head, &a)) {
			st->skipped++;
			continue;
		}
		st->promoted++;
		if (lkmm_opt.verbose)
			inform(loc, "%s: head load promoted to %s: %s%s", lkmm_name,
			       a.name, reason,
			       lkmm_opt.acquire == LKMM_ACQUIRE_AUTO ?
			       " in an LTO build" : "");
	}
}
