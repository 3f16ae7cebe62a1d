/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * verify.h - what the verifier's files share: verify-blocks.c cuts the
 * insn stream into blocks; verify-rtl.c reads the RTL (which registers
 * hold a head-derived value, which insns are heads, accesses and fences);
 * verify-fence.c follows what a head loaded to Alpha's mb; verify-match.c
 * says which insns stand for which of expect.c's expectations and whether
 * they keep it; verify.c runs the dataflow per head; verify-decide.c
 * decides and reports.  Included by those files only.
 */
#ifndef LKMM_VERIFY_H
#define LKMM_VERIFY_H

#include "lkmm-plugin.h"
#include "rtl-iter.h"
#include "insn-config.h"
#include "recog.h"
#include "regs.h"
#include "hard-reg-set.h"
#include "function-abi.h"

struct lkmm_vblock {
	unsigned first, last;	/* indexes into the insn vector */
	bool nofall;		/* a barrier: no fall-through */
	auto_vec<unsigned, 4> succs;
};

/* A plain load's insn, by locus. */
struct lkmm_loc_insn {
	location_t loc;
	unsigned insn;
};

/* How many insns, blocks and expectations (or volatile loads, about as
 * few) of one function the verifier's tables hold on the stack before
 * they move to the heap: most functions fit, and a malloc and free for
 * each table of each head cost more than the dataflow on them (the
 * tables grow to any size). */
#define LKMM_V_INSNS	128
#define LKMM_V_BLOCKS	32
#define LKMM_V_EXPECTS	16

struct lkmm_vfn {
	auto_vec<rtx_insn *, LKMM_V_INSNS> insns;
	auto_vec<location_t, LKMM_V_INSNS> loci;	/* by index: lkmm_locus() */
	auto_vec<lkmm_vblock *, LKMM_V_BLOCKS> blocks;
	auto_vec<int, 2 * LKMM_V_INSNS> label_block;	/* by INSN_UID, -1 if none */
	auto_vec<expanded_location> where;	/* by index, for byline */
	auto_vec<lkmm_loc_insn> load_loci;	/* plain loads, by locus */
	auto_vec<lkmm_other_load> others;	/* expect.c's */
	/* Every expectation, by locus, when one has a twin (lkmm_expect). */
	auto_vec<lkmm_expect> all;
	auto_vec<unsigned, LKMM_V_EXPECTS> vloads;	/* volatile loads */
	auto_vec<bool, LKMM_V_INSNS> orders;	/* by index: lkmm_order_fence_p */
	bool have_loci, have_vloads;
	bool forward;			/* every jump goes forward: no cycle */
	lkmm_vfn() : have_loci(false), have_vloads(false), forward(false) {}
	~lkmm_vfn()
	{
		unsigned i;

		for (i = 0; i < blocks.length(); i++)
			delete blocks[i];
	}
};

/* The register state one path from a head leaves at an insn: BAD holds the
 * registers that do not hold a head-derived value on some path, LOST those
 * that on some path hold no head's value at all (followed from the entry,
 * before the head too), SOME those head-derived on some path; SEEN that a
 * path from the head exists, UNGUARDED that one passed no head-derived
 * branch, STRAIGHT one passed no branch at all, UNFENCED no fence; RAW the registers that on some path hold
 * what the head loaded since the last fence (verify-fence.c); UNORDERED
 * that one passed no fence that orders the head before every later
 * access (lkmm_order_fence_p: then nothing after it needs a dependency). */
struct lkmm_vstate {
	HARD_REG_SET bad, lost, some, raw;
	bool seen, unguarded, unfenced, straight, unordered;
};

/* verify-blocks.c: the blocks; false when the function is beyond the
 * verifier. */
bool lkmm_build_blocks(struct lkmm_vfn *f);
/* The dataflow: join, transfer, and "no head-derived register in X". */
bool lkmm_vstate_union(struct lkmm_vstate *to, const struct lkmm_vstate *from);
void lkmm_vtransfer(struct lkmm_vstate *s, rtx_insn *insn);
bool lkmm_value_bad(const struct lkmm_vstate *s, const_rtx x);
bool lkmm_value_broken(const struct lkmm_vstate *s, const_rtx x);
bool lkmm_value_derived(const struct lkmm_vstate *s, const_rtx x);
/* A head insn at HEAD, and what it makes head-derived. */
bool lkmm_head_insn_p(rtx_insn *insn, location_t head);
void lkmm_head_dests(struct lkmm_vstate *s, rtx_insn *insn);
bool lkmm_ordered_head_p(rtx_insn *insn);
rtx lkmm_vload_expr(rtx_insn *insn);
bool lkmm_same_load_p(rtx_insn *a, rtx_insn *b);
/* Accesses and fences. */
bool lkmm_stack_mem_p(const_rtx mem);
rtx lkmm_single_set(rtx_insn *insn);
rtx lkmm_volatile_mem(rtx_insn *insn, bool store);
unsigned lkmm_plain_mems(rtx_insn *insn, bool store, rtx *mems, rtx *vals,
			 const struct lkmm_expect *match);
bool lkmm_mem_matches(const_rtx mem, const struct lkmm_expect *e);
bool lkmm_return_copy_p(rtx_insn *insn);
bool lkmm_return_load_p(rtx_insn *insn, const struct lkmm_expect *e);
bool lkmm_mb_p(rtx_insn *insn);
bool lkmm_order_fence_p(rtx_insn *insn);
location_t lkmm_locus(rtx_insn *insn);

/* verify-fence.c: the values a head loaded since the last fence. */
bool lkmm_value_raw(const struct lkmm_vstate *s, const_rtx x);
void lkmm_vraw(struct lkmm_vstate *s, rtx_insn *insn, bool head);

/* An access's insn, as the dataflow found it; AWAY: found away from the
 * access's locus and line, for a twin (verify-match.c). */
struct lkmm_cand {
	unsigned k, insn;	/* expectation, insn index */
	bool broken, away;
};

/* One head's check: its expectations E[0..N), sorted by locus. */
struct lkmm_vhead {
	struct lkmm_vfn *f;
	struct lkmm_expect *e;
	unsigned n;
	bool fences;		/* a dependent load also needs a fence */
	bool byline;		/* some expectation is looked for by line */
	bool returned;		/* some is a returned load (lkmm_expect) */
	bool twins;		/* some has a twin (lkmm_expect) */
	auto_vec<bool, LKMM_V_EXPECTS> broken;	/* by expectation */
	/* an insn after the head stands for it */
	auto_vec<bool, LKMM_V_EXPECTS> found;
	auto_vec<lkmm_cand, LKMM_V_EXPECTS> cands;
	/* by insn index: a load of this head */
	auto_vec<bool, LKMM_V_INSNS> head_at;
	/* by insn index: a load of its place */
	auto_vec<bool, LKMM_V_INSNS> also;
	/* By insn index, at a head or a conditional jump: LKMM_GUARD_EVER
	 * if some run left UNGUARDED set there, LKMM_GUARD_LAST if the
	 * latest did (verify.c's lkmm_guard_stale). */
	auto_vec<unsigned char, LKMM_V_INSNS> guard;
};
#define LKMM_GUARD_EVER 1
#define LKMM_GUARD_LAST 2

/* verify-match.c: which insns stand for an expectation, and keep it. */
bool lkmm_plain_kind_p(enum lkmm_vdep kind);
int lkmm_expect_cmp_dep(const void *pa, const void *pb);
bool lkmm_same_line(location_t a, location_t b);
bool lkmm_find_byline(struct lkmm_vfn *f, struct lkmm_expect *e, unsigned n);
void lkmm_verify_insn(struct lkmm_vhead *h, unsigned j,
		      const struct lkmm_vstate *s);
bool lkmm_block_checks_p(struct lkmm_vhead *h, const struct lkmm_vblock *b);
bool lkmm_verify_keeps(struct lkmm_vhead *h, unsigned k, unsigned j,
		       const struct lkmm_vstate *s);

/* verify-decide.c: kept or broken, from the dataflow's candidates. */
void lkmm_verify_decide(struct lkmm_vhead *h);

#endif /* LKMM_VERIFY_H */
