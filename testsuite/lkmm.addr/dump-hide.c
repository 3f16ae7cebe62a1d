/* The early pass writes why it hides a comparison and keeps a leg to its
   dump file (-fplugin-arg-lkmm-dump=tree-lkmm_early-details; GCC 12 parses
   -fdump-tree-* before plugins add their passes): the compared value, the
   head it derives from, the branch whose leg holds a store.  A comparison
   of a value no head reaches is not hidden and not mentioned.  */
/* { dg-do compile } */
/* { dg-skip-if "x86-64 keeps every dependency as compiled" { x86_64-*-* i?86-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-dump=tree-lkmm_early-details" } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
static struct foo static_p;
int r;

void hide(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &static_p)
		WRITE_ONCE(r, READ_ONCE(p->a));
}

int no_head(struct foo *q)
{
	if (q == &static_p)
		return q->b;
	return 0;
}

/* { dg-final { scan-tree-dump {hiding comparison of p_[0-9]+ with &static_p at [^ ]*dump-hide\.c:20: p_[0-9]+ derives from the head at [^ ]*dump-hide\.c:18;} "lkmm_early" } } */
/* { dg-final { scan-tree-dump {keeping leg bb [0-9]+ -> bb [0-9]+ of the branch at [^ ]*dump-hide\.c:20: .*\(head at [^ ]*dump-hide\.c:18\)} "lkmm_early" } } */
/* { dg-final { scan-tree-dump-times {lkmm: hiding comparison} 1 "lkmm_early" } } */
/* { dg-final { scan-tree-dump-not {comparison of q_} "lkmm_early" } } */
