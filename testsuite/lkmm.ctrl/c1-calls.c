/* docs/breakages.md C1: identical stores in both legs, followed by different calls:
   RTL head merge (jump2) hoists the store above the branch.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);
void g(void);

void c1(int v)
{
	int q = READ_ONCE(a);

	if (q) {
		WRITE_ONCE(b, v);
		f();
	} else {
		WRITE_ONCE(b, v);
		g();
	}
}

/* The same with constants stored.  */
void c1k(void)
{
	int q = READ_ONCE(a);

	if (q) {
		WRITE_ONCE(b, 1);
		f();
	} else {
		WRITE_ONCE(b, 1);
		g();
	}
}
/* { dg-final { lkmm-ctrl-dep c1 a b } } */
/* { dg-final { lkmm-ctrl-dep c1k a b } } */
/* { dg-final { lkmm-hazard-at {-Os} lkmm-ctrl-dep c1 a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3} lkmm-ctrl-dep c1 a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-Os} lkmm-ctrl-dep c1k a b { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3} lkmm-ctrl-dep c1k a b { target powerpc64*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
