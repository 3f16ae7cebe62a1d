/* Stores whose value is a live register: the head itself, an argument.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);
void g(void);

void store_head(void)
{
	int q = READ_ONCE(a);

	if (q) {
		WRITE_ONCE(b, q);
		f();
	} else {
		WRITE_ONCE(b, q);
		g();
	}
}

void store_arg(int v)
{
	int q = READ_ONCE(a);

	if (q != 7)
		WRITE_ONCE(b, v);
	else
		WRITE_ONCE(b, v);
}
/* { dg-final { lkmm-ctrl-dep store_head a b } } */
/* { dg-final { lkmm-ctrl-dep store_arg a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep store_arg a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep store_head a b { target powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
