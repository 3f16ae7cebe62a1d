/* Branches on the head that exit a loop guard the stores in their legs.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b, c;
void f(void);

void exits(void)
{
	for (;;) {
		int q = READ_ONCE(a);

		if (q == 3) {
			WRITE_ONCE(b, 1);
			break;
		}
		if (q == 4) {
			WRITE_ONCE(b, 1);
			break;
		}
		f();
	}
}

void exits_same(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		int q = READ_ONCE(a);

		if (q) {
			WRITE_ONCE(b, 2);
			return;
		}
		WRITE_ONCE(b, 2);
	}
}

int body(void)
{
	int n = 0;

	while (READ_ONCE(a) > 1) {
		WRITE_ONCE(b, 3);
		n++;
	}
	return n;
}
/* The branch back to the loop head is a leg too.  */
void dowhile(void)
{
	int q;

	do {
		q = READ_ONCE(a);
		if (q & 1)
			WRITE_ONCE(c, 1);
		else
			WRITE_ONCE(c, 1);
	} while (q > 2);
	WRITE_ONCE(b, 5);
}

/* Explicit head, plain stores, in a loop.  */
void explicit_loop(int *p, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		int q __lkmm_ctrl_dep = READ_ONCE(a);

		if (q)
			b = i;
		else
			b = i;
	}
}
/* { dg-final { lkmm-ctrl-dep exits a b } } */
/* { dg-final { lkmm-ctrl-dep dowhile a c } } */
/* { dg-final { lkmm-ctrl-dep explicit_loop a b } } */
/* { dg-final { lkmm-ctrl-dep exits_same a b } } */
/* { dg-final { lkmm-ctrl-dep body a b } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep dowhile a c { target arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep dowhile a c { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-Os} lkmm-ctrl-dep exits_same a b { target aarch64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep explicit_loop a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
