// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * passes.c - where lkmm runs in GCC's pipeline, and in what order.
 *
 *   lkmm_params GIMPLE, right after "ssa", before any function of the unit
 *               is optimized: which parameters of static functions some
 *               caller may pass a head (heads.c).
 *   lkmm_early  GIMPLE, right after early inlining ("einline"), before the
 *               early optimizations (ccp, fre, evrp) that learn equalities.
 *               The diagnostics run (diag.c, on every target), what
 *               verify.c must check is recorded (expect.c), marked locals
 *               and functions become head copies, then dependencies are
 *               protected.
 *   lkmm_drop   GIMPLE, after the early optimizations ("release_ssa"),
 *               before IPA: the early run's opaque copies go, so that
 *               IPA's size and benefit estimates see the code as without
 *               lkmm (unhide.c); not in the compile step of an LTO build.
 *   lkmm_late   GIMPLE, after IPA inlining, before the late optimizations
 *               ("adjust_alignment" is the last pass before them).  Code
 *               that inlining brought into a function is protected now;
 *               what the early run protected is recognized and left.  In
 *               an LTO build this runs in lto1, when the link step loads
 *               the plugin.  Alpha fences and acquire promotion go here,
 *               once the function's code is final in shape.
 *   lkmm_widen  RTL, right after "expand": an opaque copy of a value kept
 *               extended in its register copies the whole register, so
 *               no extension follows it (widen.c).
 *   lkmm_legs   RTL, right before "bbro", where no later pass makes a leg
 *               conditional (arch.c): the leg markers go (drop-legs.c).
 *   lkmm_unhide RTL, after block reordering ("bbro"), once no pass learns
 *               values from branches any more: the opaque copies' register
 *               moves go (unhide.c).
 *   lkmm_verify RTL, just before final (verify.c).
 *
 * What to change is decided by the architecture table (arch.c): on TSO
 * targets, and in check mode, nothing changes.
 */
#include "lkmm-plugin.h"

/* The counts of FN: for machines (stats.c), and as a note for users. */
static void lkmm_report(function *fn, bool late, const struct lkmm_stats *st)
{
	lkmm_stats_function(fn, late, st);
	if (!lkmm_opt.verbose)
		return;
	inform(DECL_SOURCE_LOCATION(fn->decl),
	       "%s: %qD (%s, %s): %u heads, %u explicit, %u comparisons hidden, "
	       "%u legs kept, %u fences, %u promoted to acquire, %u consume "
	       "relaxed, %u skipped", lkmm_name, fn->decl,
	       late ? "late" : "early", lkmm_arch()->name, st->heads,
	       st->explicit_heads, st->hidden, st->legs, st->fences,
	       st->promoted, st->relaxed, st->skipped);
}

/* The GIMPLE checks (diag.c), then what verify.c must find (expect.c),
 * both on the early analysis and on its branches on a head, found once
 * (deps.c cuts their legs at post-dominators). */
static void lkmm_check(function *fn, struct lkmm_deps *deps,
		       struct lkmm_stats *st)
{
	struct lkmm_branches br;

	/* With no head there is no branch on one and nothing to expect. */
	if (deps->heads.is_empty())
		return;
	lkmm_find_branches(fn, deps, &br);
	lkmm_diagnose(fn, deps, &br, st);
	lkmm_record_expectations(fn, deps, &br);
}

static unsigned lkmm_run(function *fn, bool late)
{
	struct lkmm_stats st;
	struct lkmm_deps deps;
	bool change = lkmm_changes_code();

	memset(&st, 0, sizeof(st));
	/* lto1 cannot scan the calls as written (heads.c). */
	if (!late && change && flag_generate_lto)
		lkmm_record_param_heads(fn);
	/* The diagnostics see the function as written, marked locals as
	 * heads, on every target: the same source warns the same. */
	lkmm_find_deps(fn, &deps, !late);
	if (!late)
		lkmm_check(fn, &deps, &st);
	else if (!deps.heads.is_empty())
		lkmm_expect_late_twins(fn, &deps);
	if (!late && change) {
		st.explicit_heads = lkmm_mark_explicit_heads(fn);
		if (st.explicit_heads || deps.marked)
			lkmm_find_deps(fn, &deps, false);
	}
	st.heads = deps.heads.length();
	if (change) {
		if (!late && lkmm_opt.consume == LKMM_CONSUME_RELAXED)
			lkmm_relax_consume(fn, &deps, &st);
		lkmm_protect_addr_deps(fn, &deps, &st);
		lkmm_protect_ctrl_deps(fn, &deps, &st);
		/* In the compile step of an LTO build the late pass may
		 * never run with lkmm loaded (fences.c): place fences and
		 * promote escaping heads now, into the IR. */
		if ((late || flag_generate_lto) && lkmm_arch()->fence != NULL)
			lkmm_place_fences(fn, &deps, &st);
		if ((late || flag_generate_lto) && lkmm_arch()->acquire != NULL)
			lkmm_promote_acquire(fn, &deps, &st);
	}
	lkmm_report(fn, late, &st);
	return need_ssa_update_p(fn) ? TODO_update_ssa_only_virtuals : 0;
}

namespace {

const pass_data lkmm_early_data = {
	GIMPLE_PASS, /* type */
	"lkmm_early", /* name: -fdump-tree-lkmm_early */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	/* It walks SSA uses, blocks and dominators. */
	PROP_ssa | PROP_cfg, /* properties_required */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* execute() asks for the SSA update its asms and fences need. */
	0, /* todo_flags_finish */
};

const pass_data lkmm_params_data = {
	GIMPLE_PASS, /* type */
	"lkmm_params", /* name: -fdump-tree-lkmm_params */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	/* It reads each call's SSA arguments. */
	PROP_ssa | PROP_cfg, /* properties_required */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* It only reads the function. */
	0, /* todo_flags_finish */
};

const pass_data lkmm_late_data = {
	GIMPLE_PASS, /* type */
	"lkmm_late", /* name: -fdump-tree-lkmm_late */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	/* It walks SSA uses, blocks and dominators. */
	PROP_ssa | PROP_cfg, /* properties_required */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* execute() asks for the SSA update its asms and fences need. */
	0, /* todo_flags_finish */
};

} /* namespace */

/* Right after "ssa": every function of the unit is in SSA form and none is
 * optimized yet, so the calls are as written (heads.c). */
static bool lkmm_params_gate(function *)
{
	return !seen_error() && lkmm_changes_code();
}

static unsigned lkmm_params(function *fn)
{
	lkmm_scan_param_heads(fn);
	return 0;
}

static bool lkmm_run_gate(function *)
{
	return !seen_error();
}

/* Where no code changes, the late run only counts what it finds (the
 * checks and the expectations are the early run's): it runs only when
 * something reads the counts. */
static bool lkmm_late_gate(function *)
{
	return !seen_error() && (lkmm_changes_code() || lkmm_stats_wanted());
}

static unsigned lkmm_run_early(function *fn)
{
	return lkmm_run(fn, false);
}

static unsigned lkmm_run_late(function *fn)
{
	return lkmm_run(fn, true);
}

opt_pass *lkmm_make_params_pass(gcc::context *ctxt)
{
	return new lkmm_opt_pass<gimple_opt_pass>(lkmm_params_data, ctxt,
						  lkmm_params_gate,
						  lkmm_params);
}

opt_pass *lkmm_make_run_pass(gcc::context *ctxt, bool late)
{
	if (late)
		return new lkmm_opt_pass<gimple_opt_pass>(lkmm_late_data, ctxt,
							  lkmm_late_gate,
							  lkmm_run_late);
	return new lkmm_opt_pass<gimple_opt_pass>(lkmm_early_data, ctxt,
						  lkmm_run_gate,
						  lkmm_run_early);
}
