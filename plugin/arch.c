// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * arch.c - the architecture table: what a dependency needs on each target,
 * and the instructions lkmm puts there.
 *
 * This is the one place that decides per target.  The passes ask
 * lkmm_arch() and never test a target themselves:
 *   keep     the hardware orders a dependent access only through a register
 *            dependency or a conditional branch, so the compiler must keep
 *            them (AArch64, ARM, PowerPC, RISC-V, Alpha, unknown targets);
 *   fence    a dependent load also needs a fence after its head (Alpha):
 *            how to build it, and how to recognize one in an instruction's
 *            text (a user's smp_rmb() asm, the fence as RTL prints it);
 *   acquire  the load lkmm may promote a head to, one that orders every
 *            later access by itself: how to build it (the
 *            __atomic_load_N (p, __ATOMIC_ACQUIRE) that GCC expands right,
 *            or an asm where GCC's is too strong or missing) and its name.
 *   legs_late no pass after block reordering turns a branch into
 *            conditional execution, so the leg markers can go before it
 *            (PowerPC, RISC-V; not ARM, whose final pass makes strne).
 * TSO targets order load->load and load->store in hardware: lkmm changes
 * nothing there, so their code is byte-identical with and without it, while
 * the diagnostics still run (the same source warns the same everywhere).
 * docs/architectures.md gives the reason for each entry, and
 * docs/litmus/ the herd7 tests behind the weak targets' rules.
 */
#include "lkmm-plugin.h"
#include "configargs.h"
#include <fnmatch.h>

/* ---- fences ---- */

/* Alpha: __atomic_thread_fence (__ATOMIC_SEQ_CST), which Alpha prints as
 * mb and every later pass takes as reading and writing all memory. */
static gimple *lkmm_seq_cst_fence(location_t loc)
{
	tree fn = builtin_decl_explicit(BUILT_IN_ATOMIC_THREAD_FENCE);
	gimple *g;

	if (!fn)
		return NULL;
	g = gimple_build_call(fn, 1, build_int_cst(integer_type_node,
						   MEMMODEL_SEQ_CST));
	gimple_set_location(g, loc);
	return g;
}

/* Does the instruction text T hold Alpha's "mb" (smp_rmb(), mb())? */
static bool lkmm_alpha_mb_text_p(const char *t)
{
	for (const char *p = strstr(t, "mb"); p; p = strstr(p + 1, "mb"))
		if ((p == t || !ISALNUM(p[-1])) && !ISIDNUM(p[2]))
			return true;
	return false;
}

/* Does T hold the instruction OP (a whole word) with, after blanks, one
 * of the operands ARGS (NULL-terminated; "" for none: the line ends)? */
static bool lkmm_text_insn_p(const char *t, const char *op,
			     const char *const *args)
{
	size_t n = strlen(op);

	for (const char *p = strstr(t, op); p; p = strstr(p + 1, op)) {
		const char *q = p + n;

		if ((p != t && (ISIDNUM(p[-1]) || p[-1] == '.')) ||
		    ISIDNUM(*q) || *q == '.')
			continue;
		while (*q == ' ' || *q == '\t')
			q++;
		for (unsigned i = 0; args[i]; i++) {
			size_t m = strlen(args[i]);

			if (strncmp(q, args[i], m))
				continue;
			if (!q[m] || q[m] == '\n' || q[m] == ';' ||
			    (m && (q[m] == ' ' || q[m] == '\t')))
				return true;
		}
	}
	return false;
}

/* The fences that order an earlier load before every later access
 * (docs/architectures.md): Power's lwsync and sync (smp_rmb(),
 * smp_load_acquire(), smp_mb()), ARM's dmb and dsb but for their
 * store-only kinds, RISC-V's fence with r before and rw after. */
static bool lkmm_power_order_text_p(const char *t)
{
	static const char *const none[] = { "", NULL };
	static const char *const sync[] = { "", "0", "1", NULL };

	return lkmm_text_insn_p(t, "lwsync", none) ||
	       lkmm_text_insn_p(t, "hwsync", none) ||
	       lkmm_text_insn_p(t, "sync", sync);
}

static bool lkmm_arm_order_text_p(const char *t)
{
	static const char *const kinds[] = {
		"ish", "ishld", "sy", "ld", "osh", "oshld", "nsh", "nshld",
		NULL
	};

	return lkmm_text_insn_p(t, "dmb", kinds) ||
	       lkmm_text_insn_p(t, "dsb", kinds);
}

static bool lkmm_riscv_order_text_p(const char *t)
{
	static const char *const sets[] = {
		"", "r,rw", "rw,rw", "r,iorw", "rw,iorw", "ir,rw", "ir,iorw",
		"iorw,rw", "iorw,iorw", NULL
	};

	return lkmm_text_insn_p(t, "fence", sets);
}

/* ---- acquire loads ---- */

/* ARMv8: GCC 12 expands an acquire load as ldar.  With RCpc (+rcpc,
 * armv8.3-a and later, for which GCC 12 has no flag of its own) ldapr
 * is enough, and GCC 12 never emits it: an asm. */
static bool lkmm_aarch64_rcpc_p(void)
{
#if defined(AARCH64_FL_RCPC) && defined(AARCH64_FL_V8_3)
	return (aarch64_isa_flags & (AARCH64_FL_RCPC | AARCH64_FL_V8_3)) != 0;
#else
	return false;
#endif
}

static bool lkmm_aarch64_acquire(unsigned size, bool, struct lkmm_acq_load *a)
{
	static const char *const ldapr[] = {
		NULL, "ldaprb\t%w0, %1", "ldaprh\t%w0, %1", NULL,
		"ldapr\t%w0, %1", NULL, NULL, NULL, "ldapr\t%x0, %1",
	};

	if (lkmm_aarch64_rcpc_p()) {
		a->templ = ldapr[size];
		a->mem = "Q";
		a->name = "ldapr";
	} else {
		a->name = "ldar";
	}
	return true;
}

/* RISC-V: GCC 12 follows an acquire load with fence iorw,iorw; RVWMO
 * needs only fence r,rw (the head's load before every later access). */
static bool lkmm_riscv_acquire(unsigned size, bool uns, struct lkmm_acq_load *a)
{
	static const char *const ld[2][9] = {
		{ NULL, "lb\t%0,%1\n\tfence\tr,rw", "lh\t%0,%1\n\tfence\tr,rw",
		  NULL, "lw\t%0,%1\n\tfence\tr,rw", NULL, NULL, NULL,
		  "ld\t%0,%1\n\tfence\tr,rw" },
		{ NULL, "lbu\t%0,%1\n\tfence\tr,rw", "lhu\t%0,%1\n\tfence\tr,rw",
		  NULL, "lw\t%0,%1\n\tfence\tr,rw", NULL, NULL, NULL,
		  "ld\t%0,%1\n\tfence\tr,rw" },
	};

	a->templ = ld[uns][size];
	a->mem = "m";
	a->name = "fence r,rw";
	return a->templ != NULL;
}

/* Power: GCC expands an acquire load as load, compare, branch, isync;
 * ARMv7: as load, dmb ish.  Both are what the model asks for. */
static bool lkmm_power_acquire(unsigned, bool, struct lkmm_acq_load *a)
{
	a->name = "isync";
	return true;
}

static bool lkmm_arm_acquire(unsigned, bool, struct lkmm_acq_load *a)
{
	a->name = "dmb ish";
	return true;
}

/* ---- the table ---- */

#define TSO	false, NULL, NULL, NULL
static const struct lkmm_arch lkmm_arch_table[] = {
	/* triplet glob  name       keep  fence: build, text  acquire
	 *						   legs_late */
	{ "x86_64-*",	 "x86-64",  TSO },
	{ "i?86-*",	 "i386",    TSO },
	{ "s390*",	 "s390",    TSO },
	{ "sparc64-*",	 "sparc64", TSO },
	{ "aarch64*",	 "aarch64", true, NULL, NULL, lkmm_aarch64_acquire,
			 false, lkmm_arm_order_text_p },
	{ "arm*",	 "arm",     true, NULL, NULL, lkmm_arm_acquire, false,
			 lkmm_arm_order_text_p },
	{ "powerpc*",	 "powerpc", true, NULL, NULL, lkmm_power_acquire, true,
			 lkmm_power_order_text_p },
	{ "riscv*",	 "riscv",   true, NULL, NULL, lkmm_riscv_acquire, true,
			 lkmm_riscv_order_text_p },
	{ "alpha*",	 "alpha",   true, lkmm_seq_cst_fence,
			 lkmm_alpha_mb_text_p, NULL, false, lkmm_alpha_mb_text_p },
	/* Anything else: conservative, keep dependencies. */
	{ "*",		 "unknown", true, NULL, NULL, NULL },
};
#undef TSO

const char *lkmm_config_target(const char *configure_args)
{
	const char *p = strstr(configure_args, "--target=");
	size_t n;

	if (!p)
		p = strstr(configure_args, "--host=");
	if (!p)
		return "unknown";
	p = strchr(p, '=') + 1;
	n = strcspn(p, " '\"");
	return xstrndup(p, n);
}

const char *lkmm_target_triplet(void)
{
	static const char *triplet;

	if (!triplet)
		triplet = lkmm_config_target(configuration_arguments);
	return triplet;
}

const struct lkmm_arch *lkmm_arch(void)
{
	static const struct lkmm_arch *arch;
	size_t i;

	if (arch)
		return arch;
	for (i = 0; i < ARRAY_SIZE(lkmm_arch_table); i++)
		if (!fnmatch(lkmm_arch_table[i].triplet, lkmm_target_triplet(), 0))
			break;
	arch = &lkmm_arch_table[i < ARRAY_SIZE(lkmm_arch_table) ? i :
				ARRAY_SIZE(lkmm_arch_table) - 1];
	return arch;
}

/*
 * How this target makes a head load of SIZE bytes (UNS: zero-extended)
 * an acquire load, into A; false when it cannot (no acquire on this
 * target, or a load wider than a register, which would be a call).
 */
bool lkmm_arch_acquire(unsigned size, bool uns, struct lkmm_acq_load *a)
{
	memset(a, 0, sizeof(*a));
	if (!lkmm_arch()->acquire || size > UNITS_PER_WORD)
		return false;
	return lkmm_arch()->acquire(size, uns, a);
}

/* Does the instruction text T hold this target's fence? */
bool lkmm_arch_fence_text_p(const char *t)
{
	return lkmm_arch()->fence_text_p && lkmm_arch()->fence_text_p(t);
}

/* Does T hold a fence that orders an earlier load before every later
 * access? */
bool lkmm_arch_order_text_p(const char *t)
{
	return lkmm_arch()->order_text_p && lkmm_arch()->order_text_p(t);
}
