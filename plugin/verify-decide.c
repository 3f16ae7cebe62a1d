// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify-decide.c - the verifier's verdict on one head: which of its
 * expected accesses are kept and which broken, from the insns the
 * dataflow (verify.c) found standing for them, each decision written to
 * the dump file (-fdump-rtl-lkmm_verify), and an lkmm-unprotected warning
 * for each one broken.
 *
 * A volatile access is broken when, in every inline expansion at its
 * locus, an insn standing for it is: an inline helper's access has one
 * locus for all its expansions, and only one of them may depend on the
 * head.  A plain one is broken when every insn standing for it after the
 * head is: one line may hold several plain accesses, not all dependent.
 * A broken data dependency is not reported on a line whose load already
 * is (r = p->a).
 */
#include "verify.h"

static void lkmm_verify_report(const struct lkmm_expect *e, bool fences)
{
	const char *what;

	lkmm_stats_verify(e->kind, e->head, e->dep);
	switch (e->kind) {
	case LKMM_VDEP_ADDR_LOAD:
	case LKMM_VDEP_PLAIN_LOAD:
		what = fences ? G_("address dependency (or its fence)")
			      : G_("address dependency");
		break;
	case LKMM_VDEP_ADDR_STORE:
	case LKMM_VDEP_PLAIN_STORE:
		what = G_("address dependency");
		break;
	case LKMM_VDEP_DATA:
	case LKMM_VDEP_PLAIN_DATA:
		what = G_("data dependency");
		break;
	default:
		what = G_("control dependency");
		break;
	}
	if (lkmm_opt.check)
		lkmm_warning(LKMM_W_UNPROTECTED, e->dep, e->head, NULL,
			     G_("the %s of this access on the head at line %d "
				"was broken by optimization: the machine code "
				"does not order it"),
			     what, LOCATION_LINE(lkmm_user_loc(e->head)));
	else
		lkmm_warning(LKMM_W_UNPROTECTED, e->dep, e->head, NULL,
			     G_("%s could not keep the %s of this access on the "
				"head at line %d: the machine code does not "
				"order it"), lkmm_name, what,
			     LOCATION_LINE(lkmm_user_loc(e->head)));
}

static const char *lkmm_vdep_name(enum lkmm_vdep kind)
{
	switch (kind) {
	case LKMM_VDEP_ADDR_LOAD: return "address dependency (volatile load)";
	case LKMM_VDEP_ADDR_STORE: return "address dependency (volatile store)";
	case LKMM_VDEP_DATA: return "data dependency (volatile store)";
	case LKMM_VDEP_CTRL: return "control dependency (volatile store)";
	case LKMM_VDEP_PLAIN_LOAD: return "address dependency (plain load)";
	case LKMM_VDEP_PLAIN_STORE: return "address dependency (plain store)";
	case LKMM_VDEP_PLAIN_DATA: return "data dependency (plain store)";
	}
	return "dependency";
}

/* Write the decision on E (kept, broken, or no insn for it) to the dump;
 * AWAY: kept only by insns away from its locus (a twin's is there). */
static void lkmm_verify_dump(const struct lkmm_expect *e, bool found,
			     bool broken, bool reported, bool away)
{
	if (!dump_file)
		return;
	fprintf(dump_file, ";; lkmm: %s of the access at line %d on the head at "
		"line %d: %s\n", lkmm_vdep_name(e->kind),
		LOCATION_LINE(lkmm_user_loc(e->dep)),
		LOCATION_LINE(lkmm_user_loc(e->head)),
		!found ? "not checked, no insn stands for it after the head" :
		!broken ? (away ? "kept, away from its locus (a twin's insn "
			   "is there)" : "kept") : reported ? "broken" :
		"broken, reported with the load on its line");
}

/* The inline expansion INSN comes from: the innermost block that is an
 * inlined function's outer scope (none outside inline functions). */
static tree lkmm_inline_instance(rtx_insn *insn)
{
	tree b = LOCATION_BLOCK(INSN_LOCATION(insn));

	for (; b && TREE_CODE(b) == BLOCK; b = BLOCK_SUPERCONTEXT(b))
		if (inlined_function_outer_scope_p(b))
			return b;
	return NULL_TREE;
}

/* Is the volatile access K broken: in every inline expansion at its locus
 * (one, outside inline functions), some insn does not keep it? */
static bool lkmm_volatile_broken(struct lkmm_vhead *h, unsigned k)
{
	unsigned i, j;

	for (i = 0; i < h->cands.length(); i++) {
		tree inst;
		bool group = false;

		if (h->cands[i].k != k)
			continue;
		inst = lkmm_inline_instance(h->f->insns[h->cands[i].insn]);
		for (j = 0; j < h->cands.length() && !group; j++)
			group = h->cands[j].k == k && h->cands[j].broken &&
				lkmm_inline_instance(h->f->insns[h->cands[j].insn]) == inst;
		if (!group)
			return false;
	}
	return true;
}

/*
 * Decide and report.  A volatile access is broken when, in every inline
 * expansion at its locus, an insn standing for it is; a plain one when
 * every insn standing for it after the head is: one line may hold several
 * plain accesses, not all of them dependent.
 */
void lkmm_verify_decide(struct lkmm_vhead *h)
{
	struct lkmm_expect *e = h->e;
	auto_vec<bool> near;	/* kept by an insn at its locus or line */
	unsigned i, k;

	near.safe_grow_cleared(h->n);
	for (i = 0; i < h->cands.length(); i++) {
		h->broken[h->cands[i].k] = true;
		near[h->cands[i].k] |= !h->cands[i].broken && !h->cands[i].away;
	}
	for (i = 0; i < h->cands.length(); i++)
		if (!h->cands[i].broken && lkmm_plain_kind_p(e[h->cands[i].k].kind))
			h->broken[h->cands[i].k] = false;
	for (k = 0; k < h->n; k++)
		if (h->broken[k] && !lkmm_plain_kind_p(e[k].kind))
			h->broken[k] = lkmm_volatile_broken(h, k);

	for (k = 0; k < h->n; k++) {
		i = h->n;
		/* r = p->a: the load's address dependency says it all. */
		if (h->broken[k] && e[k].kind == LKMM_VDEP_PLAIN_DATA)
			for (i = 0; i < h->n; i++)
				if (h->broken[i] &&
				    (e[i].kind == LKMM_VDEP_PLAIN_LOAD ||
				     e[i].kind == LKMM_VDEP_ADDR_LOAD) &&
				    lkmm_same_line(e[i].dep, e[k].dep))
					break;
		lkmm_verify_dump(&e[k], h->found[k], h->broken[k], i == h->n,
				 !near[k]);
		if (h->broken[k] && i == h->n)
			lkmm_verify_report(&e[k], h->fences);
	}
}
