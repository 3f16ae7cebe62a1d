/* Identical stores in both legs followed by nothing, with and without
   barrier(): the legs merge and the branch goes.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b, c;

void same(void)
{
	int q = READ_ONCE(a);

	if (q)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

void same_barrier(void)
{
	int q = READ_ONCE(a);

	if (q) {
		barrier();
		WRITE_ONCE(b, 2);
	} else {
		barrier();
		WRITE_ONCE(b, 2);
	}
}

/* Two stores, the second differing: the first is hoisted.  */
void prefix(void)
{
	int q = READ_ONCE(a);

	if (q) {
		WRITE_ONCE(b, 3);
		WRITE_ONCE(c, 1);
	} else {
		WRITE_ONCE(b, 3);
		WRITE_ONCE(c, 2);
	}
}
/* { dg-final { lkmm-ctrl-dep same a b } } */
/* { dg-final { lkmm-ctrl-dep same_barrier a b } } */
/* { dg-final { lkmm-ctrl-dep prefix a b } } */
/* { dg-final { lkmm-ctrl-dep prefix a c } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep same a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep same_barrier a b } } */
/* { dg-final { lkmm-hazard-at {-Os} lkmm-ctrl-dep prefix a b { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
