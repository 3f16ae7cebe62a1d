/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * limits.h - every bound lkmm puts on its work, named once, with its reason.
 *
 * Past a bound lkmm does the safe thing: it leaves the construct as GCC
 * compiles it (and counts it as skipped), or checks nothing there; it never
 * guesses.  Each block belongs to the files named in its heading.
 */
#ifndef LKMM_LIMITS_H
#define LKMM_LIMITS_H

/* diagnostics, verifier, fences */

/* Blocks in the legs of one branch; a bigger region (a switch spanning the
 * function) is not a leg anyone reads as one: no check, no expectation. */
#define LKMM_LEGS_MAX			200
/* Insns in a function the verifier cuts into blocks; one dataflow per
 * head walks them all, so a bigger function is not verified. */
#define LKMM_VERIFY_INSNS_MAX		20000
/* Expectations (dependent accesses to check) in one function: the
 * dataflow runs once per head, and each insn looks its loci up. */
#define LKMM_VERIFY_EXPECTS_MAX		4096
/* Plain MEMs one insn reads or writes that the verifier looks at: a load
 * or store pair (ldp, stp) has two. */
#define LKMM_VERIFY_MEMS_MAX		4
/* Rounds of the verifier's dataflow over NB blocks: the lattice is finite,
 * so this only stops a bug from looping. */
#define LKMM_VERIFY_ROUNDS_MAX(nb)	(100 * (nb) + 1000)
/* Rounds of fence placement over NB blocks: each round fences one
 * dependent use for good, so this only stops a bug from looping. */
#define LKMM_FENCE_ROUNDS_MAX(nb)	(2 * (nb) + 64)

#endif /* LKMM_LIMITS_H */
