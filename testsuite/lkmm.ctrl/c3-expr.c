/* docs/breakages.md C3 and conditions computed from the head: q % 2, q > 4, q & 4,
   with legs that are or become identical.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);
void g(void);

void mod2(void)
{
	int q = READ_ONCE(a);

	if (q % 2) {
		WRITE_ONCE(b, 1);
		f();
	} else {
		WRITE_ONCE(b, 1);
		f();
	}
}

void gt4(void)
{
	int q = READ_ONCE(a);

	if (q > 4) {
		WRITE_ONCE(b, 1);
		f();
	} else {
		WRITE_ONCE(b, 1);
		g();
	}
}

void and4(void)
{
	int q = READ_ONCE(a);

	if (q & 4)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

/* Legs that only become identical once x is known to be 1 in both.  */
void become_same(void)
{
	int q = READ_ONCE(a);
	int x = 1;

	if (q > 10) {
		WRITE_ONCE(b, x);
	} else {
		x = q - q + 1;
		WRITE_ONCE(b, x);
	}
}
/* { dg-final { lkmm-ctrl-dep mod2 a b } } */
/* { dg-final { lkmm-ctrl-dep gt4 a b } } */
/* { dg-final { lkmm-ctrl-dep and4 a b } } */
/* { dg-final { lkmm-ctrl-dep become_same a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep mod2 a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep gt4 a b { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep and4 a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep become_same a b } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
