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

/* flow, heads, address and control dependencies */

/* Names a learned value pins (addr-pinned.c) before lkmm takes it as
 * pinning anything: the comparison is then hidden, as if a sink were
 * reached. */
#define LKMM_PINNED_MAX			256
/* Blocks a walk from a comparison's teaching edges looks at for a sink
 * (addr-reach.c) before it assumes one is reached: the comparison is
 * hidden. */
#define LKMM_REACH_BLOCKS_MAX		4096
/* Sink names reached whose killing definitions are worked out one by one,
 * a walk each (addr-reach.c); more, and a sink is taken as reached. */
#define LKMM_KILL_NAMES_MAX		16
/* (name, polarity) pairs a comparison's truth value is followed through
 * (addr-truth.c) before lkmm assumes a branch on it teaches a sink. */
#define LKMM_TRUTH_PAIRS_MAX		64
/* Conversions, negations and __builtin_expect between a condition and the
 * == or != it tests (addr-reach.c); GCC folds such chains short, and past
 * this the condition is taken as testing something else (both edges). */
#define LKMM_TRUTH_CHAIN_MAX		8
/* Definitions followed back to tell whether a name holds only two values
 * (addr-learn.c); deeper, it is taken as two-valued, so != teaches and
 * the comparison is hidden. */
#define LKMM_TWO_VALUED_DEPTH_MAX	8

/* RTL passes */

/* Blocks, one after the other, an opaque copy may live on into past its
 * hide's block for unhide.c to make it free; further, it keeps its move. */
#define LKMM_UNHIDE_BLOCKS_MAX		4
/* Empty blocks (leg markers and a jump) passed through to see where a
 * leg leads (drop-legs.c); the walk stops there, and a branch keeps its
 * markers only when both legs stop at the same block. */
#define LKMM_EMPTY_LEGS_MAX		8
/* (SSA name, bit) pairs the walk back from a branch's test reaches to
 * tell a leg's load of the loop's next head (diag.c); past it, the load
 * counts as any other. */
#define LKMM_NEXT_TURN_WALK		256

/* Not a bound: a pair of SSA versions is one 64-bit key, each version in
 * its own 32 bits (addr-learn.c). */
#define LKMM_PAIR_KEY_SHIFT		32

#endif /* LKMM_LIMITS_H */
