// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify-match.c - which insns stand for an expected access, and whether
 * each keeps its dependency (verify.c runs the dataflow, decides and
 * reports).
 *
 * An insn stands for an access when it is at the access's locus and reads
 * or writes what the access does (a volatile MEM, or a plain one of the
 * same field or type).  GCC may move a plain load away from its locus: it
 * expands it at its user's (r = p->a: the store's), another load may take
 * its own (cpu = ti->cpu at entries->cpu_entries[cpu]), so a plain load no
 * insn at its locus reads is looked for on its source line, among the
 * loads of the same field, but not among those of another statement
 * through another variable (expect.c's others: p->prio beside curr->prio).
 * A load whose value the function returns may be merged into the copy to
 * the return register, which carries the closing brace's locus (combine
 * on PowerPC): that copy stands for it when it reads the same field.
 * An access with a twin (expect-twins.c: an inline helper expanded twice,
 * once through the head, once not) may have left its locus to the other
 * expansion, whose insn does not keep the dependency: it is also looked
 * for away from its locus, where an insn stands for it only through the
 * dependency itself (its address, or its value for data, from a register
 * head-derived on every path), and only at a locus where no other
 * expected access makes the same access.
 */
#include "verify.h"

bool lkmm_plain_kind_p(enum lkmm_vdep kind)
{
	return kind == LKMM_VDEP_PLAIN_LOAD || kind == LKMM_VDEP_PLAIN_STORE ||
	       kind == LKMM_VDEP_PLAIN_DATA;
}

enum lkmm_at { LKMM_AT_NONE, LKMM_AT_KEPT, LKMM_AT_BROKEN };

/* Does the plain access INSN stand for keep the dependency E, in S? */
static enum lkmm_at lkmm_plain_at(const struct lkmm_expect *e, rtx_insn *insn,
				  const struct lkmm_vstate *s, bool fences)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX];
	bool store = e->kind != LKMM_VDEP_PLAIN_LOAD;
	unsigned n = lkmm_plain_mems(insn, store, mems, vals,
				     e->field >= 0 || e->type >= 0 ? e : NULL),
		 i;

	if (!n)
		return LKMM_AT_NONE;
	if (!s->seen)
		return LKMM_AT_NONE;	/* not after the head: not ours */
	if ((store && !s->unguarded) || !s->unordered)
		return LKMM_AT_KEPT;
	/* One of them through (or of) a derived register is enough; on
	 * Alpha a load's address must not be raw (loaded since no mb). */
	for (i = 0; i < n; i++)
		if (!lkmm_value_broken(s, e->kind == LKMM_VDEP_PLAIN_DATA ?
					vals[i] : XEXP(mems[i], 0)) &&
		    (store || !fences || !s->unfenced ||
		     !lkmm_value_raw(s, XEXP(mems[i], 0))))
			return LKMM_AT_KEPT;
	return LKMM_AT_BROKEN;
}

/* Does INSN stand for the access of the dependency E, and if so, does it
 * keep it, in state S? */
static enum lkmm_at lkmm_check_at(const struct lkmm_expect *e, rtx_insn *insn,
				  const struct lkmm_vstate *s, bool fences)
{
	rtx mem, set;
	bool broken;

	if (lkmm_plain_kind_p(e->kind))
		return lkmm_plain_at(e, insn, s, fences);
	if (!s->seen)
		return LKMM_AT_NONE;
	mem = lkmm_volatile_mem(insn, e->kind != LKMM_VDEP_ADDR_LOAD);
	if (!mem)
		return LKMM_AT_NONE;
	if (!s->unordered)
		return LKMM_AT_KEPT;	/* a fence orders it */
	switch (e->kind) {
	case LKMM_VDEP_ADDR_LOAD:
		broken = (fences && s->unfenced &&
			  lkmm_value_raw(s, XEXP(mem, 0))) ||
			 (!lkmm_stack_mem_p(mem) && lkmm_value_broken(s, XEXP(mem, 0)));
		break;
	case LKMM_VDEP_ADDR_STORE:
		broken = s->unguarded && !lkmm_stack_mem_p(mem) &&
			 lkmm_value_broken(s, XEXP(mem, 0));
		break;
	case LKMM_VDEP_DATA:
		set = lkmm_single_set(insn);
		if (!set)
			return LKMM_AT_NONE;
		broken = s->unguarded && lkmm_value_broken(s, SET_SRC(set));
		break;
	case LKMM_VDEP_CTRL:
		/* A path that skipped the head's test (expect.c) passed
		 * another branch: only a straight one breaks it. */
		broken = e->skip ? s->straight : s->unguarded;
		break;
	default:
		return LKMM_AT_NONE;
	}
	return broken ? LKMM_AT_BROKEN : LKMM_AT_KEPT;
}

/* By dependent locus, so that an insn finds its expectations by search. */
int lkmm_expect_cmp_dep(const void *pa, const void *pb)
{
	const struct lkmm_expect *a = (const struct lkmm_expect *)pa;
	const struct lkmm_expect *b = (const struct lkmm_expect *)pb;

	if (a->dep != b->dep)
		return a->dep < b->dep ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

/* The first of E[0..N) (sorted by locus) at locus DEP, or N. */
static unsigned lkmm_expect_find(const struct lkmm_expect *e, unsigned n,
				 location_t dep)
{
	unsigned lo = lkmm_lower_bound(e, n, dep, &lkmm_expect::dep);

	return lo < n && e[lo].dep == dep ? lo : n;
}

/* Note that insn J stands for the plain access E[K], broken or not, AWAY
 * from its locus (a twin's) or not. */
static void lkmm_cand_note(vec<lkmm_cand> *cands, unsigned k, unsigned j,
			   bool broken, bool away = false)
{
	struct lkmm_cand c;
	unsigned i;

	for (i = 0; i < cands->length(); i++)
		if ((*cands)[i].k == k && (*cands)[i].insn == j) {
			(*cands)[i].broken |= broken;
			(*cands)[i].away &= away;
			return;
		}
	c.k = k;
	c.insn = j;
	c.broken = broken;
	c.away = away;
	cands->safe_push(c);
}
bool lkmm_same_line(location_t a, location_t b)
{
	expanded_location x = expand_location(lkmm_user_loc(a));
	expanded_location y = expand_location(lkmm_user_loc(b));

	return x.line == y.line && x.file && y.file && !strcmp(x.file, y.file);
}

/* Is insn J (not at E's locus) on E's source line? */
static bool lkmm_on_line(struct lkmm_vfn *f, unsigned j,
			 const struct lkmm_expect *e)
{
	expanded_location *x;

	if (f->where.is_empty()) {
		f->where.safe_grow_cleared(f->insns.length());
		for (unsigned i = 0; i < f->insns.length(); i++)
			f->where[i].line = -1;
	}
	x = &f->where[j];
	if (x->line < 0) {
		location_t loc = f->loci[j];

		x->line = 0;
		if (loc != UNKNOWN_LOCATION)
			*x = expand_location(lkmm_user_loc(loc));
	}
	return x->line > 0 && x->line == e->line && x->file && e->file &&
	       !strcmp(x->file, e->file);
}

/* Is every load of what E reads in INSN, on E's line, that of another
 * load on that line, through another variable (expect.c's others)? */
static bool lkmm_others_insn_p(const struct lkmm_vfn *f, rtx_insn *insn,
			       const struct lkmm_expect *e)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX];
	unsigned n, i, k;

	if (f->others.is_empty())
		return false;
	n = lkmm_plain_mems(insn, false, mems, vals, e);
	for (i = 0; i < n; i++) {
		int field, type, base;

		lkmm_ref_ids(MEM_EXPR(mems[i]), &field, &type, &base);
		for (k = 0; k < f->others.length(); k++)
			if (f->others[k].base == base && base >= 0 &&
			    f->others[k].field == e->field &&
			    f->others[k].type == e->type &&
			    lkmm_same_line(f->others[k].loc, e->dep))
				break;
		if (k == f->others.length())
			return false;
	}
	return n > 0;
}

/*
 * GCC may expand a plain load at its user's locus (r = p->a: the load
 * takes the store's), and another load may take its own (cpu = ti->cpu
 * at entries->cpu_entries[cpu]).  A plain load no insn at its locus
 * reads (its field or, without one, its type) is looked for on its source
 * line, among the loads of the same field (or type).
 */
static int lkmm_loc_cmp(const void *pa, const void *pb)
{
	const struct lkmm_loc_insn *a = (const struct lkmm_loc_insn *)pa;
	const struct lkmm_loc_insn *b = (const struct lkmm_loc_insn *)pb;

	if (a->loc != b->loc)
		return a->loc < b->loc ? -1 : 1;
	return a->insn < b->insn ? -1 : a->insn > b->insn;
}

/* F's plain loads by locus, once a function, when first asked for. */
static void lkmm_index_loads(struct lkmm_vfn *f)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX];
	unsigned i;

	if (f->have_loci)
		return;
	for (i = 0; i < f->insns.length(); i++)
		if (INSN_P(f->insns[i]) && !DEBUG_INSN_P(f->insns[i]) &&
		    lkmm_plain_mems(f->insns[i], false, mems, vals, NULL)) {
			struct lkmm_loc_insn li = { f->loci[i], i };

			f->load_loci.safe_push(li);
		}
	f->load_loci.qsort(lkmm_loc_cmp);
	f->have_loci = true;
}

/* Does an insn at E's locus load what E's statement loads? */
static bool lkmm_load_at_locus(struct lkmm_vfn *f, const struct lkmm_expect *e)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX];
	unsigned lo;

	lkmm_index_loads(f);
	lo = lkmm_lower_bound(f->load_loci.address(), f->load_loci.length(),
			      e->dep, &lkmm_loc_insn::loc);
	for (; lo < f->load_loci.length() && f->load_loci[lo].loc == e->dep;
	     lo++)
		if (lkmm_plain_mems(f->insns[f->load_loci[lo].insn], false,
				    mems, vals, e))
			return true;
	return false;
}

bool lkmm_find_byline(struct lkmm_vfn *f, struct lkmm_expect *e,
		      unsigned n)
{
	bool any = false;
	unsigned k;

	for (k = 0; k < n; k++) {
		expanded_location x;

		if (e[k].kind != LKMM_VDEP_PLAIN_LOAD || (e[k].field < 0 && e[k].type < 0))
			continue;
		if (lkmm_load_at_locus(f, &e[k]))
			continue;
		x = expand_location(lkmm_user_loc(e[k].dep));
		if (x.line <= 0 || !x.file)
			continue;
		e[k].byline = any = true;
		e[k].line = x.line;
		e[k].file = x.file;
	}
	return any;
}

/* Does MEM, at LOC, make another expected plain access (of the same
 * direction, field or type as E): is it that one's insn? */
static bool lkmm_expected_at(const struct lkmm_vfn *f, location_t loc,
			     const_rtx mem, const struct lkmm_expect *e)
{
	bool load = e->kind == LKMM_VDEP_PLAIN_LOAD;
	unsigned i = lkmm_lower_bound(f->all.address(), f->all.length(), loc,
				      &lkmm_expect::dep);

	for (; i < f->all.length() && f->all[i].dep == loc; i++)
		if (lkmm_plain_kind_p(f->all[i].kind) &&
		    (f->all[i].kind == LKMM_VDEP_PLAIN_LOAD) == load &&
		    lkmm_mem_matches(mem, &f->all[i]))
			return true;
	return false;
}

/* Does INSN make a plain access? */
static bool lkmm_plain_access_insn_p(rtx_insn *insn)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX];

	return lkmm_plain_mems(insn, true, mems, vals, NULL) ||
	       lkmm_plain_mems(insn, false, mems, vals, NULL);
}

/*
 * The access of E[K], which has a twin (lkmm_expect), away from its
 * locus: does insn J make it (read or write its field or type) through a
 * register that holds a head-derived value on every path from the head
 * (for data, store such a value), at a locus where no other expected
 * access makes it?  Then J is the dependent access, and keeps it.  Only
 * the dependency itself counts: a guard or a fence would order the
 * twin's insns as well, and says nothing of which access J is.
 */
static bool lkmm_away_keeps(const struct lkmm_vhead *h, unsigned k, unsigned j,
			    const struct lkmm_vstate *s)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX];
	const struct lkmm_expect *e = &h->e[k];
	bool store = e->kind != LKMM_VDEP_PLAIN_LOAD;
	unsigned n, i;

	if (e->field < 0 && e->type < 0)
		return false;
	n = lkmm_plain_mems(h->f->insns[j], store, mems, vals, e);
	for (i = 0; i < n; i++) {
		rtx addr = XEXP(mems[i], 0);

		if (!lkmm_mem_matches(mems[i], e) ||
		    lkmm_expected_at(h->f, h->f->loci[j], mems[i], e))
			continue;
		if (lkmm_value_derived(s, e->kind == LKMM_VDEP_PLAIN_DATA ?
					  vals[i] : addr) &&
		    (store || !h->fences || !s->unfenced ||
		     !lkmm_value_raw(s, addr)))
			return true;
	}
	return false;
}

/* Check the expectation K at insn J, which may stand for it, in S. */
static void lkmm_verify_one(struct lkmm_vhead *h, unsigned k, unsigned j,
			    const struct lkmm_vstate *s)
{
	enum lkmm_at at = lkmm_check_at(&h->e[k], h->f->insns[j], s,
					 h->fences);

	if (at == LKMM_AT_NONE)
		return;
	h->found[k] = true;
	lkmm_cand_note(&h->cands, k, j, at == LKMM_AT_BROKEN);
}

/* Does insn J keep the expectation K, in state S? */
bool lkmm_verify_keeps(struct lkmm_vhead *h, unsigned k, unsigned j,
		       const struct lkmm_vstate *s)
{
	return lkmm_check_at(&h->e[k], h->f->insns[j], s, h->fences) ==
	       LKMM_AT_KEPT;
}

/* Check the expectations insn J stands for, in state S: those at its
 * locus, those looked for on its line, at the return copy the returned
 * loads it reads, and away from their locus those that have a twin. */
void lkmm_verify_insn(struct lkmm_vhead *h, unsigned j,
		      const struct lkmm_vstate *s)
{
	rtx_insn *insn = h->f->insns[j];
	location_t loc = h->f->loci[j];
	struct lkmm_expect *e = h->e;
	bool ret = h->returned && lkmm_return_copy_p(insn);
	unsigned k;

	for (k = lkmm_expect_find(e, h->n, loc); k < h->n && e[k].dep == loc;
	     k++)
		lkmm_verify_one(h, k, j, s);
	for (k = 0; (h->byline || ret) && k < h->n; k++) {
		if (e[k].dep == loc)
			continue;
		if ((e[k].byline && lkmm_on_line(h->f, j, &e[k]) &&
		     !lkmm_others_insn_p(h->f, insn, &e[k])) ||
		    (ret && lkmm_return_load_p(insn, &e[k])))
			lkmm_verify_one(h, k, j, s);
	}
	/* Most insns make no plain access: ask once, not once a twin. */
	if (!h->twins || !s->seen || !lkmm_plain_access_insn_p(insn))
		return;
	for (k = 0; k < h->n; k++)
		if (e[k].twin && e[k].dep != loc && lkmm_away_keeps(h, k, j, s)) {
			h->found[k] = true;
			lkmm_cand_note(&h->cands, k, j, false, true);
		}
}

/* Does some insn of block B stand for an expectation of H (else its check
 * has nothing to do)?  As lkmm_verify_insn, without the dataflow. */
bool lkmm_block_checks_p(struct lkmm_vhead *h, const struct lkmm_vblock *b)
{
	unsigned j, k;

	if (h->twins)
		return true;	/* a twin's access may be anywhere */
	for (j = b->first; j <= b->last; j++) {
		rtx_insn *insn = h->f->insns[j];

		if (!INSN_P(insn) || DEBUG_INSN_P(insn))
			continue;
		if (lkmm_expect_find(h->e, h->n, h->f->loci[j]) < h->n ||
		    (h->returned && lkmm_return_copy_p(insn)))
			return true;
		for (k = 0; h->byline && k < h->n; k++)
			if (h->e[k].byline && lkmm_on_line(h->f, j, &h->e[k]))
				return true;
	}
	return false;
}
