// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * passes.c - where lkmm runs in GCC's pipeline, and in what order.
 *
 *   lkmm_params GIMPLE, right after "ssa", before any function of the unit
 *               is optimized: which parameters of static functions some
 *               caller may pass a head (heads.c).
 *   lkmm_early  GIMPLE, right after early inlining ("einline"), before the
 *               early optimizations (ccp, fre, evrp) that learn equalities.
 *               Marked locals and functions become head copies, the
 *               diagnostics run (on every target), then dependencies are
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
 *               no extension follows it (unhide.c).
 *   lkmm_legs   RTL, right before "bbro", where no later pass makes a leg
 *               conditional (arch.c): the leg markers go (unhide.c).
 *   lkmm_unhide RTL, after block reordering ("bbro"), once no pass learns
 *               values from branches any more: the opaque copies' register
 *               moves go (unhide.c).
 *   lkmm_verify RTL, just before final (verify.c).
 *
 * What to change is decided by the architecture table (arch.c): on TSO
 * targets, and in check mode, nothing changes.
 */
#include "lkmm-plugin.h"

static bool lkmm_changes_code(void)
{
	return !lkmm_opt.check && lkmm_arch()->keep && optimize;
}

static void lkmm_report(function *fn, bool late, const struct lkmm_stats *st)
{
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
		lkmm_diagnose(fn, &deps, &st);
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
	GIMPLE_PASS, "lkmm_early", OPTGROUP_NONE, TV_NONE,
	PROP_ssa | PROP_cfg, 0, 0, 0, 0,
};

const pass_data lkmm_params_data = {
	GIMPLE_PASS, "lkmm_params", OPTGROUP_NONE, TV_NONE,
	PROP_ssa | PROP_cfg, 0, 0, 0, 0,
};

/* Right after "ssa": every function of the unit is in SSA form and none is
 * optimized yet, so the calls are as written (heads.c). */
class lkmm_params_pass : public gimple_opt_pass {
public:
	lkmm_params_pass(gcc::context *ctxt)
		: gimple_opt_pass(lkmm_params_data, ctxt) {}
	opt_pass *clone() final override { return new lkmm_params_pass(m_ctxt); }
	bool gate(function *) final override
	{
		return !seen_error() && lkmm_changes_code();
	}
	unsigned int execute(function *fn) final override
	{
		lkmm_scan_param_heads(fn);
		return 0;
	}
};

const pass_data lkmm_late_data = {
	GIMPLE_PASS, "lkmm_late", OPTGROUP_NONE, TV_NONE,
	PROP_ssa | PROP_cfg, 0, 0, 0, 0,
};

class lkmm_pass : public gimple_opt_pass {
public:
	lkmm_pass(gcc::context *ctxt, bool late)
		: gimple_opt_pass(late ? lkmm_late_data : lkmm_early_data, ctxt),
		  late_p(late) {}
	opt_pass *clone() final override { return new lkmm_pass(m_ctxt, late_p); }
	bool gate(function *) final override { return !seen_error(); }
	unsigned int execute(function *fn) final override
	{
		return lkmm_run(fn, late_p);
	}
private:
	bool late_p;
};

} /* namespace */

static void lkmm_register(const char *name, opt_pass *pass, const char *ref,
			  enum pass_positioning_ops pos)
{
	struct register_pass_info info;

	info.pass = pass;
	info.reference_pass_name = ref;
	info.ref_pass_instance_number = 1;
	info.pos_op = pos;
	register_callback(name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

void lkmm_register_passes(const char *plugin_name)
{
	opt_pass *verify;

	lkmm_register(plugin_name, new lkmm_params_pass(g), "ssa",
		      PASS_POS_INSERT_AFTER);
	lkmm_register(plugin_name, new lkmm_pass(g, false), "einline",
		      PASS_POS_INSERT_AFTER);
	lkmm_register(plugin_name, lkmm_make_drop_pass(g), "release_ssa",
		      PASS_POS_INSERT_AFTER);
	lkmm_register(plugin_name, new lkmm_pass(g, true), "adjust_alignment",
		      PASS_POS_INSERT_AFTER);
	lkmm_register(plugin_name, lkmm_make_widen_pass(g), "expand",
		      PASS_POS_INSERT_AFTER);
	lkmm_register(plugin_name, lkmm_make_legs_pass(g), "bbro",
		      PASS_POS_INSERT_BEFORE);
	lkmm_register(plugin_name, lkmm_make_unhide_pass(g), "bbro",
		      PASS_POS_INSERT_AFTER);
	verify = lkmm_make_verify_pass(g);
	if (verify)
		lkmm_register(plugin_name, verify, "final",
			      PASS_POS_INSERT_BEFORE);
}
