// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * stats.c - lkmm's counts for machines, never in a message's wording.
 *
 * What lkmm did in a function (struct lkmm_stats) goes three ways:
 *   -fdump-statistics    one statistics_counter_event per count ("lkmm
 *                        heads", ...), as GCC's own passes count;
 *   -fdump-tree-lkmm_early, -fdump-tree-lkmm_late
 *                        one summary line per function in the pass's dump;
 *   -fplugin-arg-lkmm-stats=FILE
 *                        a TSV record per function and pass, per lkmm
 *                        warning printed, and per dependency the verifier
 *                        found broken (docs/stats.md).
 * FILE is opened with O_APPEND and every record is one write() of one
 * line, so that the compiles of a parallel build (make -j, a kernel) can
 * share it without mixing their lines.  The header comment is written
 * when the file is empty; two compiles that start on an empty file may
 * both write it, and readers skip every line that starts with '#'.
 *
 * warn.c and verify.c call in here; this file calls only arch.c (the
 * target's name), so that no call goes back up to them.
 */
#include "lkmm-plugin.h"
#include <fcntl.h>

/* Longer lines are cut: a record must stay one short write(). */
#define LKMM_STATS_LINE	4096

static int lkmm_stats_fd = -1;

/* The counts of struct lkmm_stats, by the names every output uses. */
struct lkmm_stat_field {
	const char *name;	/* TSV column, dump key */
	const char *event;	/* statistics_counter_event id */
	size_t off;
};

#define LKMM_STAT(f) { #f, "lkmm " #f, offsetof(struct lkmm_stats, f) }
static const struct lkmm_stat_field lkmm_stat_fields[] = {
	LKMM_STAT(heads),
	{ "explicit", "lkmm explicit", offsetof(struct lkmm_stats, explicit_heads) },
	LKMM_STAT(hidden),
	LKMM_STAT(legs),
	LKMM_STAT(fences),
	LKMM_STAT(promoted),
	LKMM_STAT(relaxed),
	LKMM_STAT(skipped),
	LKMM_STAT(warnings),
};
#undef LKMM_STAT

static unsigned lkmm_stat_value(const struct lkmm_stats *st, size_t i)
{
	return *(const unsigned *)((const char *)st + lkmm_stat_fields[i].off);
}

/* ---------------------------------------------------------------------
 * Records: tab-separated fields, one line, one write()
 */

struct lkmm_record {
	char buf[LKMM_STATS_LINE];
	size_t len;
};

/* Append field S; a tab or newline in it (a file name) becomes a space. */
static void lkmm_put(struct lkmm_record *r, const char *s)
{
	if (r->len && r->len < sizeof(r->buf) - 1)
		r->buf[r->len++] = '\t';
	for (; s && *s && r->len < sizeof(r->buf) - 1; s++)
		r->buf[r->len++] = *s == '\t' || *s == '\n' ? ' ' : *s;
}

static void lkmm_put_unsigned(struct lkmm_record *r, unsigned v)
{
	char n[16];

	snprintf(n, sizeof(n), "%u", v);
	lkmm_put(r, n);
}

/* Append LOC as two fields, file and line: where the user wrote it
 * (expand_location takes a macro's expansion point). */
static void lkmm_put_loc(struct lkmm_record *r, location_t loc)
{
	expanded_location x = expand_location(loc);

	lkmm_put(r, x.file ? x.file : "-");
	lkmm_put_unsigned(r, x.line > 0 ? x.line : 0);
}

static void lkmm_write(struct lkmm_record *r)
{
	static bool failed;
	ssize_t n;

	r->buf[r->len++] = '\n';
	n = write(lkmm_stats_fd, r->buf, r->len);
	if (n != (ssize_t)r->len && !failed) {
		failed = true;	/* once: the file is full, or gone */
		warning(0, "%s: writing the stats file: %s", lkmm_name,
			n < 0 ? xstrerror(errno) : "short write");
	}
}

/* Start record TYPE with the columns every record has: the architecture
 * table entry, the unit compiled, where, and in what function. */
static void lkmm_start(struct lkmm_record *r, const char *type,
		       location_t loc, tree fndecl)
{
	r->len = 0;
	lkmm_put(r, type);
	lkmm_put(r, lkmm_arch()->name);
	lkmm_put(r, main_input_filename ? main_input_filename : "-");
	lkmm_put_loc(r, loc);
	lkmm_put(r, fndecl ? lang_hooks.decl_printable_name(fndecl, 2) : "-");
}

#define LKMM_COMMON "\tarch\tunit\tfile\tline\tfunction"

static void lkmm_stats_header(void)
{
	struct lkmm_record r;
	size_t i;

	r.len = 0;
	r.len += snprintf(r.buf, sizeof(r.buf),
			  "# lkmm-stats 1: %s %s, -fplugin-arg-%s-stats; "
			  "columns per record type (docs/stats.md):\n"
			  "#fn" LKMM_COMMON "\tpass", lkmm_name, LKMM_VERSION,
			  lkmm_name);
	for (i = 0; i < ARRAY_SIZE(lkmm_stat_fields); i++)
		r.len += snprintf(r.buf + r.len, sizeof(r.buf) - r.len, "\t%s",
				  lkmm_stat_fields[i].name);
	r.len += snprintf(r.buf + r.len, sizeof(r.buf) - r.len,
			  "\n#warn" LKMM_COMMON "\tkind"
			  "\n#verify" LKMM_COMMON "\tdep\taccess\thead_file\thead_line");
	lkmm_write(&r);
}

/* Open FILE for the records of this compile (-fplugin-arg-lkmm-stats). */
void lkmm_stats_open(const char *file)
{
	struct stat sb;

	lkmm_stats_fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
			     0666);
	if (lkmm_stats_fd < 0) {
		error("%s: cannot open the stats file %qs: %s", lkmm_name,
		      file, xstrerror(errno));
		return;
	}
	if (fstat(lkmm_stats_fd, &sb) == 0 && sb.st_size == 0)
		lkmm_stats_header();
}

/* ---------------------------------------------------------------------
 * What is recorded
 */

static bool lkmm_dump_on(const dump_file_info *dfi)
{
	return dfi && (dfi->pstate || dfi->alt_state);
}

/* Does anything read the counts of the current pass: the verbose note,
 * stats=FILE, the pass's dump, -fdump-statistics?  Asked by a gate too,
 * before the pass's dump is opened. */
bool lkmm_stats_wanted(void)
{
	static dump_file_info *statistics;

	if (lkmm_opt.verbose || lkmm_stats_fd >= 0)
		return true;
	if (!statistics)
		statistics = g->get_dumps()->
			     get_dump_file_info_by_switch("statistics");
	return lkmm_dump_on(statistics) ||
	       (current_pass && lkmm_dump_on(g->get_dumps()->
			get_dump_file_info(current_pass->static_pass_number)));
}

/* What lkmm did in FN in its early or LATE pass. */
void lkmm_stats_function(function *fn, bool late, const struct lkmm_stats *st)
{
	const char *pass = late ? "late" : "early";
	struct lkmm_record r;
	size_t i;

	if (!lkmm_stats_wanted())
		return;
	for (i = 0; i < ARRAY_SIZE(lkmm_stat_fields); i++)
		statistics_counter_event(fn, lkmm_stat_fields[i].event,
					 lkmm_stat_value(st, i));
	if (dump_file) {
		fprintf(dump_file, "\n;; lkmm %s summary (%s):", pass,
			lkmm_arch()->name);
		for (i = 0; i < ARRAY_SIZE(lkmm_stat_fields); i++)
			fprintf(dump_file, " %s=%u", lkmm_stat_fields[i].name,
				lkmm_stat_value(st, i));
		fprintf(dump_file, "\n\n");
	}
	if (lkmm_stats_fd < 0)
		return;
	lkmm_start(&r, "fn", DECL_SOURCE_LOCATION(fn->decl), fn->decl);
	lkmm_put(&r, pass);
	for (i = 0; i < ARRAY_SIZE(lkmm_stat_fields); i++)
		lkmm_put_unsigned(&r, lkmm_stat_value(st, i));
	lkmm_write(&r);
}

/* A warning NAME ("lkmm-unprotected") was printed at LOC. */
void lkmm_stats_warning(const char *name, location_t loc)
{
	struct lkmm_record r;

	if (lkmm_stats_fd < 0)
		return;
	lkmm_start(&r, "warn", loc, current_function_decl);
	lkmm_put(&r, name);
	lkmm_write(&r);
}

/* What kind of dependency a verifier expectation is, on what access. */
static void lkmm_put_vdep(struct lkmm_record *r, enum lkmm_vdep kind)
{
	const char *dep = "-", *access = "-";

	switch (kind) {
	case LKMM_VDEP_ADDR_LOAD:
		dep = "address", access = "volatile-load";
		break;
	case LKMM_VDEP_ADDR_STORE:
		dep = "address", access = "volatile-store";
		break;
	case LKMM_VDEP_DATA:
		dep = "data", access = "volatile-store";
		break;
	case LKMM_VDEP_CTRL:
		dep = "control", access = "volatile-store";
		break;
	case LKMM_VDEP_PLAIN_LOAD:
		dep = "address", access = "plain-load";
		break;
	case LKMM_VDEP_PLAIN_STORE:
		dep = "address", access = "plain-store";
		break;
	case LKMM_VDEP_PLAIN_DATA:
		dep = "data", access = "plain-store";
		break;
	}
	lkmm_put(r, dep);
	lkmm_put(r, access);
}

/* The verifier found the dependency of KIND of the access at DEP on the
 * head at HEAD broken: the machine code does not order it. */
void lkmm_stats_verify(enum lkmm_vdep kind, location_t head, location_t dep)
{
	struct lkmm_record r;

	if (lkmm_stats_fd < 0)
		return;
	lkmm_start(&r, "verify", dep, current_function_decl);
	lkmm_put_vdep(&r, kind);
	lkmm_put_loc(&r, head);
	lkmm_write(&r);
}
