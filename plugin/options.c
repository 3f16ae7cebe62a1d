// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * options.c - lkmm's options: their values, parsing and help.
 *
 * Every file reads lkmm_opt; this file calls nothing but arch.c (the
 * target's name, for help and version), so that reading an option never
 * makes a cycle through the front door (lkmm.c).
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
 *   warn=default|all|pedantic  warn about unmarked kernel idioms too (all),
 *                            and about their legs that only load to test
 *                            more of a condition (pedantic: all, plus
 *                            lkmm-load-only-cond)
 *   consume=acquire|relaxed  compile __ATOMIC_CONSUME as GCC does (acquire),
 *                            or as a relaxed load whose dependencies lkmm
 *                            keeps (default acquire)
 *   acquire=auto|always|never  promote heads to load-acquire: only where the
 *                            dependency cannot be guaranteed (auto), every
 *                            head (always), none (never)
 *   dump=SWITCH              what -fdump-SWITCH does, for lkmm's own passes
 *                            (dump=rtl-lkmm_verify: each dependency kept or
 *                            broken); GCC 12 rejects -fdump-rtl-lkmm_verify
 *                            itself, parsed before the plugin is loaded
 *   stats=FILE               append the counts of each function, each lkmm
 *                            warning and each broken dependency to FILE, as
 *                            tab-separated records (stats.c, docs/stats.md)
 */
#include "lkmm-plugin.h"
#include "plugin-version.h"

struct lkmm_options lkmm_opt = {
	false, false, false, true, false, false,
	LKMM_CONSUME_ACQUIRE, LKMM_ACQUIRE_AUTO,
};
const char *lkmm_name = "lkmm";

struct lkmm_key {
	const char *key;
	const char *values;	/* "a|b|c", or NULL for a flag */
	const char *help;
};

static const struct lkmm_key lkmm_keys[] = {
	{ "help", NULL, "print this help" },
	{ "version", NULL, "print the plugin's version and the GCC it was built for" },
	{ "disable", NULL, "change no code; the attributes stay registered" },
	{ "verbose", NULL, "a note per function on what lkmm did" },
	{ "check", NULL, "report-only: change no code, warn where GCC broke a dependency" },
	{ "implicit", "yes|no", "volatile and relaxed/consume atomic loads head dependencies (yes)" },
	{ "warn", "default|all|pedantic", "also warn about unmarked kernel idioms (all), and legs that only test (pedantic)" },
	{ "consume", "acquire|relaxed", "how __ATOMIC_CONSUME loads are compiled (acquire)" },
	{ "acquire", "auto|always|never", "promote heads to load-acquire (auto)" },
	{ "dump", "SWITCH", "what -fdump-SWITCH does, for lkmm's passes (rtl-lkmm_verify)" },
	{ "stats", "FILE", "append per-function counts and warnings to FILE (TSV)" },
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

/* dump=SWITCH: GCC parses -fdump-* before it loads plugins, so it knows
 * no lkmm pass then; these are given to it once the passes are there. */
static vec<const char *> lkmm_dumps;

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

static void lkmm_set_option(const char *key, int v)
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
	else if (!strcmp(key, "warn")) {
		lkmm_opt.warn_all = v >= 1;
		lkmm_opt.warn_pedantic = v == 2;
	} else if (!strcmp(key, "consume"))
		lkmm_opt.consume = (enum lkmm_consume)v;
	else if (!strcmp(key, "acquire"))
		lkmm_opt.acquire = (enum lkmm_acquire)v;
}

/* Parse every -fplugin-arg-NAME-KEY[=VALUE]; false after any error. */
bool lkmm_parse_args(int argc, struct plugin_argument *argv)
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
			if (!strcmp(k->values, "SWITCH")) {
				lkmm_dumps.safe_push(value);
				continue;
			}
			if (!strcmp(k->values, "FILE")) {
				lkmm_opt.stats = value;
				continue;
			}
			v = lkmm_value_index(k->values, value);
			if (v < 0) {
				error("%s: bad value %qs for %<-fplugin-arg-%s-%s%>; valid values: %s",
				      lkmm_name, value, lkmm_name, k->key, k->values);
				ok = false;
				continue;
			}
		}
		lkmm_set_option(k->key, v);
	}
	return ok;
}

/* Give GCC the dump=SWITCH options: once the passes are registered, their
 * dump files exist and -fdump-SWITCH can name them. */
void lkmm_enable_dumps(void)
{
	unsigned i;

	for (i = 0; i < lkmm_dumps.length(); i++)
		g->get_dumps()->dump_switch_p(lkmm_dumps[i]);
}
