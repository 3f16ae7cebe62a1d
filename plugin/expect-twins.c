// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * expect-twins.c - what an access makes, to know it by (its field or
 * type, lkmm_ref_ids), and which expected plain accesses share their
 * locus with another access, of the same kind, that does not come from
 * their head (their twins).
 *
 * An inline helper's statement has one locus for all its expansions.
 * When the helper is expanded twice, once through the head and once
 * through a value that is not derived from it, and the dependent
 * expansion's value has one user, GCC expands that access at its user's
 * locus (the READ_ONCE() it feeds); the other, with two users, keeps the
 * helper's.  At the access's locus the verifier then finds only the other
 * expansion's insn: such an expectation is marked (twin), and
 * verify-match.c also looks for its access away from its locus.  The
 * other expansion may come with IPA inlining, after the expectations
 * were recorded: the late run (lkmm_late) marks twins again.
 */
#include "lkmm-plugin.h"

/* What a load REF reads, to know its insn by (REF may be an insn's
 * MEM_EXPR): its field's DECL_UID, or else its type's TYPE_UID; the
 * DECL_UID of the variable it reads or reads through (-1: none). */
void lkmm_ref_ids(const_tree ref, int *field, int *type, int *base)
{
	const_tree t = ref;

	*field = *type = *base = -1;
	if (ref && TREE_CODE(ref) == COMPONENT_REF)
		*field = DECL_UID(TREE_OPERAND(ref, 1));
	else if (ref && TREE_TYPE(ref))
		*type = TYPE_UID(TYPE_MAIN_VARIANT(TREE_TYPE(ref)));
	while (t && handled_component_p(t))
		t = TREE_OPERAND(t, 0);
	if (t && (TREE_CODE(t) == MEM_REF || TREE_CODE(t) == TARGET_MEM_REF))
		t = TREE_OPERAND(t, 0);
	if (t && TREE_CODE(t) == ADDR_EXPR)
		t = TREE_OPERAND(t, 0);
	if (t && TREE_CODE(t) == SSA_NAME)
		t = SSA_NAME_VAR(t);
	if (t && DECL_P(t))
		*base = DECL_UID(t);
}

static int lkmm_access_cmp(const void *pa, const void *pb)
{
	const struct lkmm_access *a = (const struct lkmm_access *)pa;
	const struct lkmm_access *b = (const struct lkmm_access *)pb;

	return a->loc != b->loc ? (a->loc < b->loc ? -1 : 1) : 0;
}

/*
 * Mark the plain expectations V[LO, HI) that have a twin in ACC: an
 * access at their locus, of their kind (of their field or type, for a
 * load), whose address (value, for data) does not come from their head.
 * An inline helper expanded twice, once through the head, once not
 * (read_pnet() in dev_net(in_dev->dev) and in dev_net(dev)): GCC may
 * expand the dependent access at its user's locus, leaving only the
 * other's insn at the helper's.
 */
void lkmm_expect_twins(vec<lkmm_expect> *v, unsigned lo, unsigned hi,
		       auto_vec<lkmm_access> *acc)
{
	unsigned i, k;

	acc->qsort(lkmm_access_cmp);
	for (i = lo; i < hi; i++) {
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
