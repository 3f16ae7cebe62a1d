// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * arch.c - the architecture table: what a dependency needs on each target.
 *
 * This is the one place that decides per target.  The passes ask
 * lkmm_arch() and never test a target themselves:
 *   keep     the hardware orders a dependent access only through a register
 *            dependency or a conditional branch, so the compiler must keep
 *            them (AArch64, ARM, PowerPC, RISC-V, Alpha, unknown targets);
 *   fence    a dependent load also needs a fence after its head (Alpha);
 *   acquire  the ISA has a load-acquire lkmm may promote a head to (ARMv8).
 * TSO targets order load->load and load->store in hardware: lkmm changes
 * nothing there, so their code is byte-identical with and without it, while
 * the diagnostics still run (the same source warns the same everywhere).
 * docs/architectures.md gives the reason for each entry.
 */
#include "lkmm-plugin.h"
#include "configargs.h"
#include <fnmatch.h>

static const struct lkmm_arch lkmm_arch_table[] = {
	/* triplet glob	      name        keep   fence  acquire */
	{ "x86_64-*",	      "x86-64",   false, false, false },
	{ "i?86-*",	      "i386",     false, false, false },
	{ "s390*",	      "s390",     false, false, false },
	{ "sparc64-*",	      "sparc64",  false, false, false },
	{ "aarch64*",	      "aarch64",  true,  false, true },
	{ "arm*",	      "arm",      true,  false, false },
	{ "powerpc*",	      "powerpc",  true,  false, false },
	{ "riscv*",	      "riscv",    true,  false, false },
	{ "alpha*",	      "alpha",    true,  true,  false },
	/* Anything else: conservative, keep dependencies. */
	{ "*",		      "unknown",  true,  false, false },
};

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
