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
 * Marked heads always get them; unmarked idioms only with warn=all.
 * What the RTL must still order is recorded by expect.c, not here.
 */
#include "lkmm-plugin.h"

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

/* Does a leg of the branch on a head with FLAGS load and never write? */
static bool lkmm_load_only_legs(const struct lkmm_deps *deps, unsigned flags,
				const auto_vec<basic_block> &legs)
{
	bool writes = false, loads = false;
	unsigned i;

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
			else if (lkmm_unordered_load_p(stmt, deps, flags))
				loads = true;
		}
	}
	return loads && !writes;
}

/* Control dependencies: constant conditions, load-only legs. */
static void lkmm_check_branches(function *fn, const struct lkmm_deps *deps,
				struct lkmm_stats *st)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple *last = last_stmt(bb);
		auto_vec<basic_block> legs;
		struct lkmm_src s;
		int v;
		tree op;

		if (!last || gimple_code(last) != GIMPLE_COND)
			continue;
		s = lkmm_branch_src(deps, as_a<gcond *>(last), &op);
		if (!s.head)
			continue;
		/* A branch that goes one way whatever the head loaded (GCC's
		 * value-range passes fold it): no control dependency.  Said
		 * for marked heads only: under warn=all the unmarked ones are
		 * min() and the like, in macros and helpers (18 in arm64
		 * kernel/ + mm/), where no one meant a dependency. */
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
		if (!(s.flags & LKMM_XCTRL) && !lkmm_opt.warn_all)
			continue;
		lkmm_legs(bb, &legs);
		if (legs.length() > LKMM_LEGS_MAX)
			continue;
		if (lkmm_load_only_legs(deps, s.flags, legs) &&
		    lkmm_warning(LKMM_W_LOAD_ONLY, lkmm_stmt_loc(last),
				 lkmm_head_loc(s.head), NULL,
				 G_("this control dependency orders no store: "
				    "its legs only load, and a branch does not "
				    "order later loads; use %<smp_rmb()%> or "
				    "%<smp_load_acquire()%>")))
			st->warnings++;
	}
}

/* The GIMPLE checks of FN (post-dominators known). */
void lkmm_diagnose(function *fn, struct lkmm_deps *deps, struct lkmm_stats *st)
{
	if (!fn || !fn->cfg || !deps)
		return;
	lkmm_check_branches(fn, deps, st);
}
