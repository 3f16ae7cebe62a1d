/* ?: with stores in both arms.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;

void tern(void)
{
	int q = READ_ONCE(a);

	q ? WRITE_ONCE(b, 5) : WRITE_ONCE(b, 5);
}

void tern_mod(void)
{
	int q = READ_ONCE(a);

	(q % 3) ? WRITE_ONCE(b, 6) : WRITE_ONCE(b, 6);
}
/* { dg-final { lkmm-ctrl-dep tern a b } } */
/* { dg-final { lkmm-ctrl-dep tern_mod a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep tern a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep tern_mod a b } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
