// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * lkmm - keep the Linux-kernel memory model's dependencies alive through GCC
 *
 * The LKMM orders a later access after a load through the CPU's own
 * dependency tracking: address, data and control dependencies.  GCC's
 * optimizers know nothing of this and break such dependencies (constant
 * addresses after an == test, stores hoisted out of both legs of an if,
 * legs merged until the branch is gone).  This plugin finds the loads that
 * head dependencies and keeps those dependencies in the machine code, at no
 * cost where the hardware gives them for free, with fences only where an
 * architecture needs them (Alpha), and warns where the source cannot carry
 * the ordering it seems to promise.
 *
 * Usage:
 *   gcc -fplugin=lkmm.so [-fplugin-arg-lkmm-KEY[=VALUE] ...] ...
 *   (after "make install": -fplugin=lkmm)
 *
 * The options are options.c's (-fplugin-arg-lkmm-help lists them).
 *
 * Attributes: lkmm_addr_dep, lkmm_ctrl_dep ([[lkmm::addr_dep]],
 * [[lkmm::ctrl_dep]]); see attrs.c and include/lkmm.h.
 */
#include "lkmm-plugin.h"
#include "plugin-version.h"

/* What cc1 looks up in the plugin: all else is hidden (the Makefile's
 * -fvisibility=hidden). */
#define LKMM_EXPORT __attribute__((visibility("default")))

LKMM_EXPORT int plugin_is_GPL_compatible;

static struct plugin_info lkmm_plugin_info = {
	LKMM_VERSION,
	"keep Linux-kernel memory model dependencies; "
	"-fplugin-arg-lkmm-help lists the options",
};

/* Does every callback registered with GCC, for any event, belong to this
 * plugin?  GCC says which plugin registered what only in a listing:
 * "EVENT | NAME NAME..." after a header line. */
static bool lkmm_only_callbacks(void)
{
	char *buf = NULL, *line, *save = NULL;
	size_t len = 0;
	bool ours = true;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		return false;
	dump_active_plugins(f);
	fclose(f);
	line = strtok_r(buf, "\n", &save);	/* the header */
	while (ours && (line = strtok_r(NULL, "\n", &save))) {
		char *names = strchr(line, '|'), *name, *save2 = NULL;

		if (!names) {
			ours = false;
			break;
		}
		for (name = strtok_r(names + 1, " ", &save2); name;
		     name = strtok_r(NULL, " ", &save2))
			if (strcmp(name, lkmm_name))
				ours = false;
	}
	free(buf);
	return ours;
}

/*
 * PLUGIN_ALL_IPA_PASSES_START: the unit is parsed, and lkmm needs no event
 * any more (its passes are run by the pass manager, not by events).  Once
 * any plugin is loaded, GCC calls its event dispatcher at every pass on
 * every function, whether a callback waits or not (two calls each: gate
 * and execution, about 4M instructions on the bench corpus).  When every
 * callback is lkmm's, dispatch ends here; another plugin's keep it on.
 */
static void lkmm_events_done(void *, void *)
{
	if (lkmm_only_callbacks())
		flag_plugin_added = false;
}

/*
 * PLUGIN_START_UNIT: the front end has registered the attributes and the
 * pragma.  Until the unit marks a declaration, PLUGIN_PRE_GENERICIZE has
 * nothing to do without warn=all: dispatch pauses over the parse and the
 * lowering passes, and the first mark resumes it (attrs.c).
 */
static void lkmm_unit_start(void *, void *)
{
	if (lkmm_opt.warn_all || lkmm_any_marks() ||
	    !lookup_attribute_spec(get_identifier("lkmm_addr_dep")) ||
	    !lkmm_only_callbacks())
		return;
	lkmm_events_paused = true;
	flag_plugin_added = false;
}

/* Register PASS after (or before, POS) the first instance of REF. */
static void lkmm_register_pass(opt_pass *pass, const char *ref,
			       enum pass_positioning_ops pos)
{
	struct register_pass_info info;

	info.pass = pass;
	info.reference_pass_name = ref;
	info.ref_pass_instance_number = 1;
	info.pos_op = pos;
	register_callback(lkmm_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &info);
}

/* Was this plugin built for the GCC that loads it?  GCC's internals
 * differ between versions and targets: say which to rebuild for. */
static bool lkmm_version_ok(struct plugin_gcc_version *version)
{
	if (plugin_default_version_check(version, &gcc_version))
		return true;
	error("%s: this plugin was built for GCC %s (%s, target %s) but is "
	      "loaded by GCC %s (%s, target %s); rebuild it with %<make "
	      "CC=...%> for this compiler",
	      lkmm_name, gcc_version.basever, gcc_version.datestamp,
	      lkmm_config_target(gcc_version.configuration_arguments),
	      version->basever, version->datestamp,
	      lkmm_config_target(version->configuration_arguments));
	return false;
}

/* Register the passes; CHANGES: also those that only change code. */
static void lkmm_register_passes(bool changes)
{
	/* lkmm_params: right after "ssa", before any function of the unit
	 * is optimized: which parameters some caller may pass a head. */
	if (changes)
		lkmm_register_pass(lkmm_make_params_pass(g), "ssa",
				   PASS_POS_INSERT_AFTER);
	/* lkmm_early: after early inlining, before the passes that learn
	 * equalities: the checks, the expectations, the protection. */
	lkmm_register_pass(lkmm_make_run_pass(g, false), "einline",
			   PASS_POS_INSERT_AFTER);
	/* lkmm_drop: before IPA, the early run's opaque copies go. */
	if (changes)
		lkmm_register_pass(lkmm_make_drop_pass(g), "release_ssa",
				   PASS_POS_INSERT_AFTER);
	/* lkmm_late: after IPA inlining, before the late optimizations:
	 * what inlining brought in, Alpha fences, acquire promotion. */
	lkmm_register_pass(lkmm_make_run_pass(g, true), "adjust_alignment",
			   PASS_POS_INSERT_AFTER);
	/* lkmm_widen: right after expansion, an opaque copy of a value kept
	 * extended in its register copies the whole register. */
	if (changes)
		lkmm_register_pass(lkmm_make_widen_pass(g), "expand",
				   PASS_POS_INSERT_AFTER);
	/* lkmm_legs: right before block reordering, where no later pass
	 * makes a leg conditional, the leg markers go. */
	if (changes)
		lkmm_register_pass(lkmm_make_legs_pass(g), "bbro",
				   PASS_POS_INSERT_BEFORE);
	/* lkmm_unhide: after block reordering, when no pass learns values
	 * from branches any more, the opaque copies' moves go. */
	if (changes)
		lkmm_register_pass(lkmm_make_unhide_pass(g), "bbro",
				   PASS_POS_INSERT_AFTER);
	/* lkmm_verify: just before final, the RTL is checked against what
	 * the early run expected. */
	lkmm_register_pass(lkmm_make_verify_pass(g), "final",
			   PASS_POS_INSERT_BEFORE);
}

LKMM_EXPORT int plugin_init(struct plugin_name_args *plugin_info,
		struct plugin_gcc_version *version)
{
	lkmm_name = plugin_info->base_name;
	if (!lkmm_version_ok(version))
		return 1;

	/* The version and help line that gcc -v and --help print. */
	register_callback(lkmm_name, PLUGIN_INFO, NULL, &lkmm_plugin_info);
	/* lkmm_addr_dep, lkmm_ctrl_dep (attrs.c).  Registered even when
	 * disabled or misconfigured: annotated code must always compile. */
	register_callback(lkmm_name, PLUGIN_ATTRIBUTES,
			  lkmm_register_attributes, NULL);

	if (!lkmm_parse_args(plugin_info->argc, plugin_info->argv))
		return 0;
	if (lkmm_opt.disable)
		return 0;
	/* stats=FILE (stats.c): opened once, before any record. */
	if (lkmm_opt.stats)
		lkmm_stats_open(lkmm_opt.stats);

	/* "#pragma lkmm diagnostic" (warn.c): the front end's pragma table
	 * is ready; lto1 has none, and the callback then does nothing. */
	register_callback(lkmm_name, PLUGIN_PRAGMAS, lkmm_register_pragmas,
			  NULL);
	/* The GENERIC checks (generic-checks.c): each function's body as
	 * the front end folded it, before it is gimplified. */
	register_callback(lkmm_name, PLUGIN_PRE_GENERICIZE,
			  lkmm_pre_genericize, NULL);
	/* The passes, in pipeline order (passes.c says why each goes where).
	 * Check mode changes no code: only the early run, the late run (its
	 * counts) and the verifier; the others would only be asked, on every
	 * function, whether to run (0.8M instructions on the bench corpus). */
	lkmm_register_passes(!lkmm_opt.check);
	/* Before parsing: no event until a mark (lkmm_unit_start). */
	register_callback(lkmm_name, PLUGIN_START_UNIT, lkmm_unit_start, NULL);
	/* After parsing: lkmm's callbacks are done (lkmm_events_done). */
	register_callback(lkmm_name, PLUGIN_ALL_IPA_PASSES_START,
			  lkmm_events_done, NULL);
	/* dump=SWITCH, now that the passes have their dump files. */
	lkmm_enable_dumps();
	return 0;
}
