/* docs/breakages.md C2: barrier() in identical legs, followed by a call: tail-merge
   and crossjumping make the legs one and the branch disappears.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);

void c2(void)
{
	int q = READ_ONCE(a);

	if (q) {
		barrier();
		WRITE_ONCE(b, 1);
	} else {
		barrier();
		WRITE_ONCE(b, 1);
	}
	f();
}

void c2v(int v)
{
	int q = READ_ONCE(a);

	if (q) {
		barrier();
		WRITE_ONCE(b, v);
		barrier();
	} else {
		barrier();
		WRITE_ONCE(b, v);
		barrier();
	}
	f();
}
/* { dg-final { lkmm-ctrl-dep c2 a b } } */
/* { dg-final { lkmm-ctrl-dep c2v a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep c2 a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep c2v a b } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
