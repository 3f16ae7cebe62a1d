// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * expect-twins.c - which expected plain accesses share their locus with
 * another access, of the same kind, that does not come from their head.
 *
 * An inline helper's statement has one locus for all its expansions.
 * When the helper is expanded twice, once through the head and once
 * through a value that is not derived from it, and the dependent
 * expansion's value has one user, GCC expands that access at its user's
 * locus (the READ_ONCE() it feeds); the other, with two users, keeps the
 * helper's.  At the access's locus the verifier then finds only the other
 * expansion's insn: such an expectation is marked (twin), and
 * verify-match.c also looks for its access away from its locus.
 */
#include "lkmm-plugin.h"

static int lkmm_access_cmp(const void *pa, const void *pb)
{
	const struct lkmm_access *a = (const struct lkmm_access *)pa;
	const struct lkmm_access *b = (const struct lkmm_access *)pb;

	return a->loc != b->loc ? (a->loc < b->loc ? -1 : 1) : 0;
}

/*
 * Mark the plain expectations from FIRST on that have a twin in ACC: an
 * access at their locus, of their kind (of their field or type, for a
 * load), whose address (value, for data) does not come from their head.
 * An inline helper expanded twice, once through the head, once not
 * (read_pnet() in dev_net(in_dev->dev) and in dev_net(dev)): GCC may
 * expand the dependent access at its user's locus, leaving only the
 * other's insn at the helper's.
 */
void lkmm_expect_twins(vec<lkmm_expect> *v, unsigned first,
		       auto_vec<lkmm_access> *acc)
{
	unsigned i, k;

	acc->qsort(lkmm_access_cmp);
	for (i = first; i < v->length(); i++) {
		struct lkmm_expect *e = &(*v)[i];
		bool load = e->kind == LKMM_VDEP_PLAIN_LOAD;

		if (!load && e->kind != LKMM_VDEP_PLAIN_STORE &&
		    e->kind != LKMM_VDEP_PLAIN_DATA)
			continue;
		for (k = lkmm_lower_bound(acc->address(), acc->length(), e->dep,
					  &lkmm_access::loc);
		     k < acc->length() && (*acc)[k].loc == e->dep && !e->twin;
		     k++) {
			const struct lkmm_access *a = &(*acc)[k];

			if (a->store == load || (load && (a->field != e->field ||
							  a->type != e->type)))
				continue;
			e->twin = (e->kind == LKMM_VDEP_PLAIN_DATA ? a->data :
				   a->addr) != e->head;
		}
	}
}
