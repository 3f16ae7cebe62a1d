/* && and || chains: several GIMPLE_CONDs on the head.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;

void andand(int x)
{
	int q = READ_ONCE(a);

	if (q && x)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

void oror(void)
{
	int q = READ_ONCE(a);

	if (q > 5 || q < -5)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

void andand2(void)
{
	int q = READ_ONCE(a);

	if ((q & 1) && (q & 8))
		WRITE_ONCE(b, 2);
	else
		WRITE_ONCE(b, 2);
}
/* { dg-final { lkmm-ctrl-dep andand a b } } */
/* { dg-final { lkmm-ctrl-dep oror a b } } */
/* { dg-final { lkmm-ctrl-dep andand2 a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep andand a b { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3} lkmm-ctrl-dep andand a b { target arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep oror a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep andand2 a b } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
