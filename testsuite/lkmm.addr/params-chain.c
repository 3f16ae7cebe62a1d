/* A head passed on through two static helpers that only the IPA inliner
 * brings into the caller: the scan of the unit's calls (heads.c) follows
 * the parameter of mid() on to helper(), so helper()'s comparison is made
 * on an opaque copy. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo other;
int s, t, u;

static int helper(struct foo *p)
{
	if (p == &other) {
		WRITE_ONCE(s, 1);
		WRITE_ONCE(t, 2);
		return READ_ONCE(p->b);
	}
	WRITE_ONCE(t, 3);
	return 0;
}

static int mid(struct foo *p, int k)
{
	WRITE_ONCE(u, k);
	WRITE_ONCE(s, k + 1);
	return helper(p + 0) + k;
}

int caller(void)
{
	struct foo *p = READ_ONCE(gp);

	return mid(p, 4);
}

/* { dg-final { lkmm-addr-dep caller gp -allow {s t u} { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep caller gp -allow {s t u} { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
