// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * expect-store.c - the expectations, from the early GIMPLE pass that
 * records them (expect.c) to the RTL pass that checks them (verify.c).
 *
 * Lifetime.  An expectation is loci and UIDs, no trees: garbage collection
 * may run between this GIMPLE pass and the RTL pass that reads it, so
 * nothing here needs a GC root.  verify.c takes (and removes) a function's
 * expectations when it checks that function.
 */
#include "lkmm-plugin.h"

static vec<lkmm_expect> lkmm_expects;
static vec<lkmm_other_load> lkmm_others;
/* Both sorted by function since the last record: each function's are then
 * one run, found by search (a unit's functions are all recorded before the
 * first is verified; a scan per function was quadratic).  A taken entry
 * keeps its place, its locus cleared (no record has none), until the next
 * sort drops it: moving the rest at each take cost as much as the scan. */
static bool lkmm_expects_sorted;

/* Record that the dependency KIND of the access at DEP on the head at HEAD
 * must be ordered; a plain load also names what it reads (REF), to be
 * known away from its locus: GCC may expand it at its user's.  Returns the
 * record (FRESH: new, not one recorded before), NULL if none is kept. */
struct lkmm_expect *lkmm_expect_record(function *fn, enum lkmm_vdep kind,
				       location_t head, location_t dep,
				       tree ref, bool returned, bool once,
				       bool *fresh)
{
	struct lkmm_expect e;
	unsigned i;

	if (fresh)
		*fresh = false;
	if (!fn || !fn->decl || head == UNKNOWN_LOCATION ||
	    dep == UNKNOWN_LOCATION)
		return NULL;
	memset(&e, 0, sizeof(e));
	e.uid = DECL_UID(fn->decl);
	e.kind = kind;
	e.head = LOCATION_LOCUS(head);
	e.dep = LOCATION_LOCUS(dep);
	e.returned = returned;
	e.once = once;
	if (e.head == e.dep)
		return NULL;
	lkmm_ref_ids(ref, &e.field, &e.type, &e.base);
	/* A function's expectations are recorded together: only the tail
	 * can hold a duplicate. */
	for (i = lkmm_expects.length(); i-- > 0 && lkmm_expects[i].uid == e.uid; )
		if (lkmm_expects[i].kind == e.kind &&
		    lkmm_expects[i].head == e.head &&
		    lkmm_expects[i].dep == e.dep) {
			/* Another statement at the locus (an inline
			 * helper's, expanded twice): not once. */
			lkmm_expects[i].once = false;
			return &lkmm_expects[i];
		}
	lkmm_expects.safe_push(e);
	lkmm_expects_sorted = false;
	if (fresh)
		*fresh = true;
	return &lkmm_expects.last();
}

/* By function, then the rest for a stable order. */
static int lkmm_expect_cmp_uid(const void *pa, const void *pb)
{
	const struct lkmm_expect *a = (const struct lkmm_expect *)pa;
	const struct lkmm_expect *b = (const struct lkmm_expect *)pb;

	if (a->uid != b->uid)
		return a->uid < b->uid ? -1 : 1;
	if (a->head != b->head)
		return a->head < b->head ? -1 : 1;
	if (a->dep != b->dep)
		return a->dep < b->dep ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

static int lkmm_other_cmp_uid(const void *pa, const void *pb)
{
	const struct lkmm_other_load *a = (const struct lkmm_other_load *)pa;
	const struct lkmm_other_load *b = (const struct lkmm_other_load *)pb;

	if (a->uid != b->uid)
		return a->uid < b->uid ? -1 : 1;
	if (a->loc != b->loc)
		return a->loc < b->loc ? -1 : 1;
	if (a->base != b->base)
		return a->base < b->base ? -1 : 1;
	return a->field != b->field ? (a->field < b->field ? -1 : 1) :
	       a->type - b->type;
}

/* The run [*LO, *HI) of V (sorted by uid) that belongs to UID. */
template <typename T>
static void lkmm_uid_run(const vec<T> &v, unsigned uid, unsigned *lo,
			 unsigned *hi)
{
	unsigned b;

	*lo = lkmm_lower_bound(v.address(), v.length(), uid, &T::uid);
	for (b = *lo; b < v.length() && v[b].uid == uid; b++)
		;
	*hi = b;
}

/* Sort the expectations and other loads by function, without the taken. */
static void lkmm_expects_sort(void)
{
	unsigned i;

	if (lkmm_expects_sorted)
		return;
	for (i = 0; i < lkmm_expects.length(); )
		if (lkmm_expects[i].dep == UNKNOWN_LOCATION)
			lkmm_expects.unordered_remove(i);
		else
			i++;
	for (i = 0; i < lkmm_others.length(); )
		if (lkmm_others[i].loc == UNKNOWN_LOCATION)
			lkmm_others.unordered_remove(i);
		else
			i++;
	lkmm_expects.qsort(lkmm_expect_cmp_uid);
	lkmm_others.qsort(lkmm_other_cmp_uid);
	lkmm_expects_sorted = true;
}

/* Move FN's expectations into MINE, and its other loads into OTHERS. */
void lkmm_expect_take(function *fn, auto_vec<lkmm_expect> *mine,
		      auto_vec<lkmm_other_load> *others)
{
	unsigned uid = DECL_UID(fn->decl), lo, hi, i;

	lkmm_expects_sort();
	lkmm_uid_run(lkmm_expects, uid, &lo, &hi);
	for (i = lo; i < hi; i++)
		if (lkmm_expects[i].dep != UNKNOWN_LOCATION) {
			mine->safe_push(lkmm_expects[i]);
			lkmm_expects[i].dep = UNKNOWN_LOCATION;
		}
	lkmm_uid_run(lkmm_others, uid, &lo, &hi);
	for (i = lo; i < hi; i++)
		if (lkmm_others[i].loc != UNKNOWN_LOCATION) {
			others->safe_push(lkmm_others[i]);
			lkmm_others[i].loc = UNKNOWN_LOCATION;
		}
}

/* Is O another load of what the plain load expectation E reads, on its
 * line, through another variable? */
static bool lkmm_other_of(const struct lkmm_expect *e,
			  const struct lkmm_other_load *o)
{
	expanded_location x, y;

	if (e->kind != LKMM_VDEP_PLAIN_LOAD || e->dep == o->loc ||
	    e->field != o->field || e->type != o->type || o->base < 0 ||
	    e->base == o->base)
		return false;
	x = expand_location(lkmm_user_loc(e->dep));
	y = expand_location(lkmm_user_loc(o->loc));
	return x.line == y.line && x.file && y.file && !strcmp(x.file, y.file);
}

/*
 * The other plain loads of an expected plain load's field (or type) on its
 * line, through other variables: verify.c looks for an expected load on
 * its line when GCC gave its insn another locus, and must not take theirs
 * for it (curr->prio <= p->prio, where GCC reused an earlier load of
 * curr->prio and expanded p->prio at the comparison's locus).  FIRST is
 * FN's first expectation.
 */
void lkmm_expect_others(function *fn, unsigned first)
{
	unsigned uid = DECL_UID(fn->decl), i;
	basic_block bb;

	for (i = first; i < lkmm_expects.length(); i++)
		if (lkmm_expects[i].kind == LKMM_VDEP_PLAIN_LOAD)
			break;
	if (i == lkmm_expects.length())
		return;
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct lkmm_other_load o;

			if (!gimple_assign_load_p(stmt) ||
			    gimple_has_volatile_ops(stmt))
				continue;
			o.uid = uid;
			o.loc = LOCATION_LOCUS(lkmm_stmt_loc(stmt));
			if (o.loc == UNKNOWN_LOCATION)
				continue;
			lkmm_ref_ids(gimple_assign_rhs1(stmt), &o.field, &o.type,
				     &o.base);
			for (i = first; i < lkmm_expects.length(); i++)
				if (lkmm_other_of(&lkmm_expects[i], &o)) {
					lkmm_others.safe_push(o);
					lkmm_expects_sorted = false;
					break;
				}
		}
	}
}

/* The number of expectations recorded: the first index of the next ones. */
unsigned lkmm_expects_end(void)
{
	return lkmm_expects.length();
}

/* The run [*LO, *HI) of FN's expectations; false when it has none. */
bool lkmm_expect_run(function *fn, unsigned *lo, unsigned *hi)
{
	if (lkmm_expects.is_empty())
		return false;
	lkmm_expects_sort();
	lkmm_uid_run(lkmm_expects, DECL_UID(fn->decl), lo, hi);
	return *lo < *hi;
}

/* Mark the twins among expectations [LO, HI) (expect-twins.c), ACC the
 * function's plain accesses. */
void lkmm_expect_twins_in(unsigned lo, unsigned hi,
			  auto_vec<lkmm_access> *acc)
{
	lkmm_expect_twins(&lkmm_expects, lo, hi, acc);
}
