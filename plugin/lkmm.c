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
 * Options (-fplugin-arg-lkmm-...; in a kernel tree the base name is
 * lkmm_plugin, so -fplugin-arg-lkmm_plugin-...):
 *   help                     print the options and go on compiling
 *   version                  print the plugin's version and its GCC
 *   disable                  change no code; the attributes stay registered
 *   verbose                  a note per function on what lkmm did
 *   check                    report-only: change no code, warn where GCC's
 *                            optimizations broke a dependency
 *   implicit=yes|no          volatile loads (READ_ONCE) and relaxed/consume
 *                            __atomic loads head dependencies (default yes)
 *   warn=default|all         warn about unmarked kernel idioms too (all)
 *   consume=acquire|relaxed  compile __ATOMIC_CONSUME as GCC does (acquire),
 *                            or as a relaxed load whose dependencies lkmm
 *                            keeps (default acquire)
 *   acquire=auto|always|never  promote heads to load-acquire: only where the
 *                            dependency cannot be guaranteed (auto), every
 *                            head (always), none (never)
 *   stats=FILE               append the counts of each function, each lkmm
 *                            warning and each broken dependency to FILE, as
 *                            tab-separated records (docs/stats.md)
 *   dump=SWITCH              -fdump-SWITCH for a pass of lkmm, e.g.
 *                            dump=tree-lkmm_early-details: GCC 11 and 12
 *                            read -fdump- before they load a plugin
 *
 * Attributes: lkmm_addr_dep, lkmm_ctrl_dep ([[lkmm::addr_dep]],
 * [[lkmm::ctrl_dep]]); see attrs.c and include/lkmm.h.
 */
#include "lkmm-plugin.h"
#include "plugin-version.h"

int plugin_is_GPL_compatible;

struct lkmm_options lkmm_opt = {
	false, false, false, true, false,
	LKMM_CONSUME_ACQUIRE, LKMM_ACQUIRE_AUTO,
};
const char *lkmm_name = "lkmm";

static struct plugin_info lkmm_plugin_info = {
	LKMM_VERSION,
	"keep Linux-kernel memory model dependencies; "
	"-fplugin-arg-lkmm-help lists the options",
};

struct lkmm_key {
	const char *key;
	const char *values;	/* "a|b|c", or NULL for a flag */
	const char *help;
	bool text;		/* VALUES names free text (a file) */
};

static const struct lkmm_key lkmm_keys[] = {
	{ "help", NULL, "print this help" },
	{ "version", NULL, "print the plugin's version and the GCC it was built for" },
	{ "disable", NULL, "change no code; the attributes stay registered" },
	{ "verbose", NULL, "a note per function on what lkmm did" },
	{ "check", NULL, "report-only: change no code, warn where GCC broke a dependency" },
	{ "implicit", "yes|no", "volatile and relaxed/consume atomic loads head dependencies (yes)" },
	{ "warn", "default|all", "also warn about unmarked kernel idioms (default)" },
	{ "consume", "acquire|relaxed", "how __ATOMIC_CONSUME loads are compiled (acquire)" },
	{ "acquire", "auto|always|never", "promote heads to load-acquire (auto)" },
	{ "stats", "FILE", "append per-function counts and warnings to FILE (TSV)", true },
	{ "dump", "SWITCH", "-fdump-SWITCH for lkmm's passes, e.g. dump=tree-lkmm_early", true },
};

static void lkmm_print_help(void)
{
	size_t i;

	fprintf(stderr, "%s %s: keep Linux-kernel memory model dependencies "
		"(built for GCC %s, target %s)\n", lkmm_name, LKMM_VERSION,
		gcc_version.basever, lkmm_target_triplet());
	fprintf(stderr, "options: -fplugin-arg-%s-KEY[=VALUE]\n", lkmm_name);
	for (i = 0; i < ARRAY_SIZE(lkmm_keys); i++) {
		char buf[64];

		snprintf(buf, sizeof(buf), "%s%s%s", lkmm_keys[i].key,
			 lkmm_keys[i].values ? "=" : "",
			 lkmm_keys[i].values ? lkmm_keys[i].values : "");
		fprintf(stderr, "  %-26s %s\n", buf, lkmm_keys[i].help);
	}
}

static const char *lkmm_valid_keys(void)
{
	static char buf[256];
	size_t i;

	buf[0] = 0;
	for (i = 0; i < ARRAY_SIZE(lkmm_keys); i++) {
		if (i)
			strcat(buf, ", ");
		strcat(buf, lkmm_keys[i].key);
		if (lkmm_keys[i].values) {
			strcat(buf, "=");
			strcat(buf, lkmm_keys[i].values);
		}
	}
	return buf;
}

/* Index of VALUE in the "a|b|c" list VALUES, or -1. */
static int lkmm_value_index(const char *values, const char *value)
{
	size_t len = strlen(value);
	const char *p = values;
	int i = 0;

	while (*p) {
		const char *end = strchr(p, '|');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		if (n == len && !strncmp(p, value, n))
			return i;
		if (!end)
			break;
		p = end + 1;
		i++;
	}
	return -1;
}

static void lkmm_set_option(const char *key, int v, const char *value)
{
	if (!strcmp(key, "help"))
		lkmm_print_help();
	else if (!strcmp(key, "version"))
		fprintf(stderr, "%s %s (built for GCC %s, target %s)\n",
			lkmm_name, LKMM_VERSION, gcc_version.basever,
			lkmm_target_triplet());
	else if (!strcmp(key, "disable"))
		lkmm_opt.disable = true;
	else if (!strcmp(key, "verbose"))
		lkmm_opt.verbose = true;
	else if (!strcmp(key, "check"))
		lkmm_opt.check = true;
	else if (!strcmp(key, "implicit"))
		lkmm_opt.implicit = v == 0;
	else if (!strcmp(key, "warn"))
		lkmm_opt.warn_all = v == 1;
	else if (!strcmp(key, "consume"))
		lkmm_opt.consume = (enum lkmm_consume)v;
	else if (!strcmp(key, "acquire"))
		lkmm_opt.acquire = (enum lkmm_acquire)v;
	else if (!strcmp(key, "stats"))
		lkmm_opt.stats = value;
}

/* GCC 11 and 12 read -fdump- switches before they load a plugin, so that
 * -fdump-tree-lkmm_early is "unrecognized": dump=tree-lkmm_early[-FLAGS]
 * gives the switch once the passes are there. */
static void lkmm_dump_switches(int argc, struct plugin_argument *argv)
{
	int i;

	for (i = 0; i < argc; i++)
		if (!strcmp(argv[i].key, "dump") && argv[i].value)
			g->get_dumps()->dump_switch_p(argv[i].value);
}

/* Parse every -fplugin-arg-NAME-KEY[=VALUE]; false after any error. */
static bool lkmm_parse_args(int argc, struct plugin_argument *argv)
{
	bool ok = true;
	int i;

	for (i = 0; i < argc; i++) {
		const struct lkmm_key *k = NULL;
		const char *value = argv[i].value;
		size_t j;
		int v = 0;

		for (j = 0; j < ARRAY_SIZE(lkmm_keys); j++)
			if (!strcmp(argv[i].key, lkmm_keys[j].key))
				k = &lkmm_keys[j];
		if (!k) {
			error("%s: unknown option %<-fplugin-arg-%s-%s%>; valid keys: %s",
			      lkmm_name, lkmm_name, argv[i].key, lkmm_valid_keys());
			ok = false;
			continue;
		}
		if (!k->values && value) {
			error("%s: option %<-fplugin-arg-%s-%s%> takes no value",
			      lkmm_name, lkmm_name, k->key);
			ok = false;
			continue;
		}
		if (k->values) {
			if (!value || !*value) {
				error("%s: option %<-fplugin-arg-%s-%s%> needs a value: %s",
				      lkmm_name, lkmm_name, k->key, k->values);
				ok = false;
				continue;
			}
			v = k->text ? 0 : lkmm_value_index(k->values, value);
			if (v < 0) {
				error("%s: bad value %qs for %<-fplugin-arg-%s-%s%>; valid values: %s",
				      lkmm_name, value, lkmm_name, k->key, k->values);
				ok = false;
				continue;
			}
		}
		lkmm_set_option(k->key, v, value);
	}
	return ok;
}

int plugin_init(struct plugin_name_args *plugin_info,
		struct plugin_gcc_version *version)
{
	lkmm_name = plugin_info->base_name;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error("%s: this plugin was built for GCC %s (%s, target %s) but is "
		      "loaded by GCC %s (%s, target %s); rebuild it with %<make "
		      "CC=...%> for this compiler",
		      lkmm_name, gcc_version.basever, gcc_version.datestamp,
		      lkmm_config_target(gcc_version.configuration_arguments),
		      version->basever, version->datestamp,
		      lkmm_config_target(version->configuration_arguments));
		return 1;
	}

	register_callback(lkmm_name, PLUGIN_INFO, NULL, &lkmm_plugin_info);
	/* Registered even when disabled or misconfigured: annotated code
	 * must always compile. */
	register_callback(lkmm_name, PLUGIN_ATTRIBUTES,
			  lkmm_register_attributes, NULL);

	if (!lkmm_parse_args(plugin_info->argc, plugin_info->argv))
		return 0;
	if (lkmm_opt.disable)
		return 0;

	if (lkmm_opt.stats)
		lkmm_stats_open(lkmm_opt.stats);
	lkmm_register_diagnostics(lkmm_name);
	lkmm_register_passes(lkmm_name);
	lkmm_dump_switches(plugin_info->argc, plugin_info->argv);
	return 0;
}
