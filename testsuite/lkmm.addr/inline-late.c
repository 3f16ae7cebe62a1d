/* A static helper that only the IPA inliner brings into its caller: its
 * own early optimizations ran before it met the head, so lkmm treats the
 * parameters of static and inline functions like heads there. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo other;
int s, t;

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

int caller(void)
{
	struct foo *p = READ_ONCE(gp);

	return helper(p);
}

/* { dg-final { lkmm-addr-dep caller gp -allow {s t} { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep caller gp -allow {s t} { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
