// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify.c - the late RTL pass that checks what was kept.
 *
 * Truth is in the machine code.  Just before final, for every dependency
 * the early pass saw (expect.c recorded it), this pass
 * checks that the RTL still orders the dependent access after its head:
 *
 *   address  the address of the dependent load or store is computed, on
 *            every path from the head, from the register the head loaded;
 *   data     the value a dependent store writes is, likewise;
 *   control  on every path from the head to a store in a leg there is a
 *            conditional jump on a head-derived register (a leg that C's
 *            && or || lets a path reach without the test: on every path
 *            that passes any conditional jump, expect.c's skip);
 *   Alpha    on every path from the head to a dependent load whose
 *            address holds what the head loaded there is an mb in
 *            between (verify-fence.c; not in check mode: GCC itself
 *            never puts one there).
 * A store also counts as ordered when a head-derived branch guards it
 * (AArch64 orders it then, whatever its address and value), and any
 * access when a fence that orders the head before every later access
 * lies between them on every path (lwsync after READ_ONCE() in Power's
 * smp_load_acquire(), sync in smp_mb(): arch.c knows them).
 *
 * A dependency that did not survive is an lkmm-unprotected warning: in
 * normal mode a bug in lkmm, in check mode (-fplugin-arg-lkmm-check,
 * which changes no code) a place where GCC's own optimizations broke it.
 *
 * Identity.  Statements are matched with insns by source location (the
 * locus, without block), which survives every RTL pass: the head is the
 * insn at the head's locus that reads a volatile MEM; verify-match.c says
 * which insns stand for a dependent access.  Every insn standing for a
 * volatile (or __atomic) access must keep the dependency, but an inline
 * helper's access has one locus for all its expansions (atomic_read() in
 * atomic_inc_not_zero() and in folio_mapped()), and only one of them may
 * depend on the head: the access is broken when every expansion at its
 * locus has an insn that does not keep it.  For a plain one (r = p->a, the
 * commonest) one insn keeping it is enough, as a line may hold several
 * plain accesses, not all dependent.  An access no insn stands for any
 * more (dead code, merged, moved) is not checked; a head promoted to
 * acquire (an unspec_volatile load with an ordering model, or an asm)
 * needs no dependency and is not checked either.
 *
 * The dataflow that says which registers hold a head-derived value is
 * verify-rtl.c's (one per head); this file runs it over the insns to a
 * fixpoint and has verify-match.c match them to expect.c's expectations;
 * verify-decide.c decides "kept" or "broken" for each (written to the
 * dump file, -fdump-rtl-lkmm_verify) and warns.
 */
#include "verify.h"

/* Note that insn J, a head or a conditional jump, UNGUARDS or not. */
static inline void lkmm_note_guard(struct lkmm_vhead *h, unsigned j,
				   bool unguards)
{
	if (!h->guard.is_empty())
		h->guard[j] = (h->guard[j] & LKMM_GUARD_EVER) |
			      (unguards ? LKMM_GUARD_EVER | LKMM_GUARD_LAST : 0);
}

/* Run block B from its in-state S: with CHECK, check the insns; step S
 * past them.  A path ends at insn STOP: true, S the state before it. */
static bool lkmm_verify_block(struct lkmm_vhead *h, struct lkmm_vblock *b,
			      struct lkmm_vstate *s, bool check,
			      unsigned stop = -1U)
{
	bool prev_head = false;
	unsigned j;

	for (j = b->first; j <= b->last; j++) {
		rtx_insn *insn = h->f->insns[j];

		if (j == stop)
			return true;
		if (!INSN_P(insn) || DEBUG_INSN_P(insn))
			continue;
		if (check)
			lkmm_verify_insn(h, j, s);
		if (h->head_at[j]) {
			/* A wide head is several loads in a row.  Another
			 * load at the head's locus (an inline helper expanded
			 * twice, the next turn of a loop) heads too: what an
			 * earlier one derived stays good, and in a leg that a
			 * branch on an earlier one guards on every path
			 * (list_empty() again in the leg of list_empty(), as
			 * in prepare_to_wait_exclusive()), that branch still
			 * orders the stores that follow. */
			bool guarded = s->seen && !s->unguarded;

			if (!prev_head && !s->seen)
				SET_HARD_REG_SET(s->bad);
			s->seen = s->unfenced = s->unordered = true;
			s->unguarded = !guarded;
			s->straight = s->unguarded;
			lkmm_note_guard(h, j, !guarded);
			lkmm_head_dests(s, insn);
			if (h->fences)
				lkmm_vraw(s, insn, true);
			prev_head = true;
			continue;
		}
		prev_head = false;
		/* The raw registers matter only to the fence check. */
		if (h->fences)
			lkmm_vraw(s, insn, false);
		if (h->fences && lkmm_mb_p(insn))
			s->unfenced = false;
		if (h->f->orders[j])
			s->unordered = false;
		if (h->also[j] && s->seen) {
			/* Another load of the head's place (lkmm_head_also):
			 * what it loads is derived, but it starts no path and
			 * leaves the guards alone. */
			lkmm_vtransfer(s, insn);
			lkmm_head_dests(s, insn);
			continue;
		}
		if (JUMP_P(insn) && any_condjump_p(insn) && s->seen) {
			rtx pc = pc_set(insn);

			s->straight = false;
			if (pc && !lkmm_value_broken(s, XEXP(SET_SRC(pc), 0)))
				s->unguarded = false;
			else
				lkmm_note_guard(h, j, true);
			continue;
		}
		lkmm_vtransfer(s, insn);
	}
	return false;
}

/* The dataflow over the blocks, to a fixpoint, into IN; false if it did
 * not end.  With STOP, a path ends at insn STOP, and a block no path
 * from the entry reaches is not run.  With REGUARD, the branches are
 * judged again once the registers are stable: whether a branch guards
 * depends on SOME, which grows until the end, and a branch judged on an
 * earlier state may have left UNGUARDED set, which no union clears.  With
 * CHECK (only where each block runs once, from its final in-state), the
 * checks run with the dataflow (lkmm_verify_checks). */
static bool lkmm_verify_fix(struct lkmm_vhead *h, vec<lkmm_vstate> *in,
			    unsigned stop, bool reguard, unsigned *prounds = NULL,
			    bool check = false)
{
	unsigned nb = h->f->blocks.length(), i, k, rounds = 0, pass;
	auto_vec<bool, LKMM_V_BLOCKS> reached;
	struct lkmm_vstate s;

	in->safe_grow_cleared(nb);
	reached.safe_grow_cleared(nb);
	if (!nb)
		return true;
	/* The queued blocks, run lowest first: blocks are in insn order, so
	 * a block runs after the blocks that jump forward to it, once
	 * where no edge goes back. */
	auto_sbitmap work(nb);
	SET_HARD_REG_SET((*in)[0].lost);	/* the arguments: no head's */
	reached[0] = true;
	/* PROUNDS counts the rounds over the calls.  With REGUARD, IN holds
	 * the first pass's fixpoint: only the second pass is left to run. */
	pass = prounds && reguard ? 1 : 0;
	if (prounds)
		rounds = *prounds;
	for (; pass < 1U + reguard; pass++) {
		bitmap_clear(work);
		for (i = 0; i < nb; i++) {
			if (pass)
				(*in)[i].unguarded = (*in)[i].straight = false;
			if (stop == -1U || reached[i])
				bitmap_set_bit(work, i);
		}
		for (int bi; (bi = bitmap_first_set_bit(work)) >= 0; rounds++) {
			struct lkmm_vblock *b;

			if (rounds > LKMM_VERIFY_ROUNDS_MAX(nb))
				return false;
			bitmap_clear_bit(work, bi);
			b = h->f->blocks[bi];
			s = (*in)[bi];
			if (lkmm_verify_block(h, b, &s, check &&
					      lkmm_block_checks_p(h, b), stop))
				continue;
			for (k = 0; k < b->succs.length(); k++) {
				unsigned d = b->succs[k];

				if (lkmm_vstate_union(&(*in)[d], &s) ||
				    (stop != -1U && !reached[d]))
					bitmap_set_bit(work, d);
				reached[d] = true;
			}
		}
	}
	if (prounds)
		*prounds = rounds;
	return true;
}

/* No insn checked yet. */
static void lkmm_checks_reset(struct lkmm_vhead *h)
{
	h->cands.truncate(0);
	for (unsigned i = 0; i < h->n; i++)
		h->found[i] = false;
}

/* The checks, from each block's final in-state IN. */
static void lkmm_verify_checks(struct lkmm_vhead *h,
			       const vec<lkmm_vstate> &in)
{
	struct lkmm_vstate s;
	unsigned i;

	lkmm_checks_reset(h);
	for (i = 0; i < h->f->blocks.length(); i++) {
		if (!lkmm_block_checks_p(h, h->f->blocks[i]))
			continue;
		s = in[i];
		lkmm_verify_block(h, h->f->blocks[i], &s, true);
	}
}

/* Is some insn that stands for an expectation broken? */
static bool lkmm_any_broken(const struct lkmm_vhead *h)
{
	for (unsigned i = 0; i < h->cands.length(); i++)
		if (h->cands[i].broken)
			return true;
	return false;
}

/*
 * An access that runs at most once a call (expect.c's once) and that an
 * insn J does not keep on some path: that path may reach J a second time,
 * where J stands for another statement that cross-jumping merged with it
 * (*r += a + READ_ONCE(x) before a loop, *r += c->a in it, one add and
 * store at the end of both).  Check J again on the paths from the entry
 * that reach it for the first time; only what keeps it there is kept.
 */
static void lkmm_verify_first(struct lkmm_vhead *h)
{
	unsigned i, j, bi, done = -1U;
	struct lkmm_vstate s;

	for (i = 0; i < h->cands.length(); i++) {
		auto_vec<lkmm_vstate, LKMM_V_BLOCKS> in;

		if (!h->cands[i].broken || !h->e[h->cands[i].k].once)
			continue;
		j = h->cands[i].insn;
		if (j != done) {
			for (bi = 0; h->f->blocks[bi]->last < j; bi++)
				;
			if (!lkmm_verify_fix(h, &in, j, true))
				return;
			s = in[bi];
			if (!lkmm_verify_block(h, h->f->blocks[bi], &s, false, j))
				continue;
			done = j;
		}
		if (lkmm_verify_keeps(h, h->cands[i].k, j, &s))
			h->cands[i].broken = false;
	}
}

/*
 * Can judging the branches again change the first pass's fixpoint?  Only
 * where a head or a branch left UNGUARDED set in some run but not in its
 * latest.  Each block's latest run is from its final in-state (a change
 * to it queues the block again), and every other in-state field only
 * grows, so what a run that left UNGUARDED set in the same way would
 * have added, the latest run adds too: no other stale UNGUARDED exists.
 */
static bool lkmm_guard_stale(const struct lkmm_vhead *h)
{
	for (unsigned j = 0; j < h->guard.length(); j++)
		if (h->guard[j] == LKMM_GUARD_EVER)
			return true;
	return false;
}

/* The dataflow, then the checks from each block's final in-state (SOME
 * grows: an earlier state may call broken what the final one keeps), then
 * the first arrivals; false if it did not end.  The branches are judged
 * again (REGUARD) only where something is broken and a guard went stale:
 * it is rare, and it doubles the work. */
static bool lkmm_verify_flow(struct lkmm_vhead *h)
{
	auto_vec<lkmm_vstate, LKMM_V_BLOCKS> in;
	unsigned rounds = 0;
	bool stale;

	h->guard.safe_grow_cleared(h->f->insns.length());
	/* Where every jump goes forward, each block runs once, from its
	 * final in-state: the checks run with the dataflow. */
	lkmm_checks_reset(h);
	if (!lkmm_verify_fix(h, &in, -1U, false, &rounds, h->f->forward))
		return false;
	if (!h->f->forward)
		lkmm_verify_checks(h, in);
	stale = lkmm_guard_stale(h);
	h->guard.release();
	if (lkmm_any_broken(h) && stale) {
		/* The second pass goes on from the first's fixpoint, which a
		 * run from the start would only compute again. */
		if (!lkmm_verify_fix(h, &in, -1U, true, &rounds))
			return false;
		lkmm_verify_checks(h, in);
	}
	lkmm_verify_first(h);
	return true;
}

/*
 * The volatile loads of what a head insn loads, through the same
 * expression, at another locus.  Combine merges a head's load with the
 * extension after it into the extension's insn and locus (lwa on PowerPC:
 * task_cpu() expanded twice, the second load at its user's line), and the
 * dependent access goes through it.  Such a load may also be another
 * source load of the same place (jiffies read again): so it starts no
 * path from the head and leaves the guards alone; on a path from the head
 * what it loads counts as derived.  GCC cannot compute a dependent access
 * from another volatile load's value, so that hides no break.
 */
static void lkmm_head_also(struct lkmm_vfn *f, struct lkmm_vhead *h)
{
	auto_vec<unsigned> heads;
	unsigned i, k, v;

	h->also.safe_grow_cleared(f->insns.length());
	if (!f->have_vloads) {
		for (i = 0; i < f->insns.length(); i++)
			if (lkmm_vload_expr(f->insns[i]))
				f->vloads.safe_push(i);
		f->have_vloads = true;
	}
	for (i = 0; i < f->vloads.length(); i++)
		if (h->head_at[f->vloads[i]])
			heads.safe_push(f->vloads[i]);
	for (i = 0; i < f->vloads.length() && !heads.is_empty(); i++) {
		v = f->vloads[i];
		for (k = 0; k < heads.length() && !h->head_at[v] && !h->also[v]; k++)
			h->also[v] = lkmm_same_load_p(f->insns[v],
						      f->insns[heads[k]]);
	}
}

/* Check the dependencies E[0..N) sharing one head, sorted by locus. */
static void lkmm_verify_head(struct lkmm_vfn *f, struct lkmm_expect *e,
			     unsigned n, bool fences)
{
	struct lkmm_vhead h;
	bool any = false;
	unsigned i;

	/* The head must still be there, and not be an ordered load. */
	h.head_at.safe_grow_cleared(f->insns.length());
	for (i = 0; i < f->insns.length(); i++)
		if (f->loci[i] == e[0].head &&
		    lkmm_head_insn_p(f->insns[i], e[0].head)) {
			h.head_at[i] = true;
			if (lkmm_ordered_head_p(f->insns[i])) {
				if (dump_file)
					fprintf(dump_file, ";; lkmm: the head at "
						"line %d is an ordered load: "
						"nothing to check\n",
						LOCATION_LINE(lkmm_user_loc(e[0].head)));
				return;
			}
			any = true;
		}
	if (!any) {
		if (dump_file)
			fprintf(dump_file, ";; lkmm: no insn loads the head at "
				"line %d: nothing to check\n",
				LOCATION_LINE(lkmm_user_loc(e[0].head)));
		return;
	}
	lkmm_head_also(f, &h);
	h.f = f;
	h.e = e;
	h.n = n;
	h.fences = fences;
	h.byline = lkmm_find_byline(f, e, n);
	h.returned = h.twins = false;
	for (i = 0; i < n; i++) {
		h.returned |= e[i].returned;
		h.twins |= e[i].twin;
	}
	h.broken.safe_grow_cleared(n);
	h.found.safe_grow_cleared(n);
	if (lkmm_verify_flow(&h))
		lkmm_verify_decide(&h);
}

static bool lkmm_expect_cmp_head(const struct lkmm_expect &a,
				 const struct lkmm_expect &b)
{
	return a.head == b.head;
}

static unsigned lkmm_verify(function *fn)
{
	auto_vec<lkmm_expect> mine;
	unsigned i, j;
	struct lkmm_vfn f;
	bool fences;

	lkmm_expect_take(fn, &mine, &f.others);
	if (mine.is_empty())
		return 0;
	if (mine.length() > LKMM_VERIFY_EXPECTS_MAX || !lkmm_build_blocks(&f)) {
		if (dump_file)
			fprintf(dump_file, ";; lkmm: %u dependencies not checked: "
				"the function is beyond the verifier (%s)\n",
				mine.length(), mine.length() >
				LKMM_VERIFY_EXPECTS_MAX ? "too many" :
				"its insns cannot be cut into blocks");
		return 0;
	}
	fences = !lkmm_opt.check && lkmm_arch()->fence != NULL;
	/* A twin's access is looked for away from its locus, but not at
	 * another expected access's (verify-match.c). */
	for (i = 0; i < mine.length(); i++)
		if (mine[i].twin) {
			f.all.safe_splice(mine);
			f.all.qsort(lkmm_expect_cmp_dep);
			break;
		}

	/* Group by head: one dataflow per head. */
	for (i = 0; i < mine.length(); i = j) {
		auto_vec<lkmm_expect> group;

		for (j = i; j < mine.length(); j++) {
			if (mine[j].uid == (unsigned)-1)
				continue;
			if (lkmm_expect_cmp_head(mine[i], mine[j])) {
				group.safe_push(mine[j]);
				if (j != i)
					mine[j].uid = (unsigned)-1;
			}
		}
		j = i + 1;
		while (j < mine.length() && mine[j].uid == (unsigned)-1)
			j++;
		group.qsort(lkmm_expect_cmp_dep);
		lkmm_verify_head(&f, group.address(), group.length(), fences);
	}
	return 0;
}

namespace {

const pass_data lkmm_verify_data = {
	RTL_PASS, /* type */
	"lkmm_verify", /* name: -fdump-rtl-lkmm_verify */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	/* Runs just before final, where the CFG is gone: it cuts the insn
	 * stream into blocks itself and needs no property. */
	0, /* properties_required */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	0, /* todo_flags_finish: it only reads the insns */
};

class lkmm_verify_pass : public rtl_opt_pass {
public:
	lkmm_verify_pass(gcc::context *ctxt)
		: rtl_opt_pass(lkmm_verify_data, ctxt) {}
	bool gate(function *) final override
	{
		return optimize && !seen_error() &&
		       (lkmm_opt.check || lkmm_arch()->keep);
	}
	unsigned int execute(function *fn) final override
	{
		return lkmm_verify(fn);
	}
};

} /* namespace */

opt_pass *lkmm_make_verify_pass(gcc::context *ctxt)
{
	return new lkmm_verify_pass(ctxt);
}
