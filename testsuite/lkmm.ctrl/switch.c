/* switch on the head: each case is a leg.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);

void sw(void)
{
	int q = READ_ONCE(a);

	switch (q) {
	case 1:
		WRITE_ONCE(b, 1);
		break;
	case 2:
		WRITE_ONCE(b, 1);
		break;
	case 7:
		WRITE_ONCE(b, 1);
		f();
		break;
	default:
		WRITE_ONCE(b, 1);
	}
}

void sw_same(void)
{
	int q = READ_ONCE(a);

	switch (q & 3) {
	case 0:
		WRITE_ONCE(b, 4);
		break;
	case 1:
		WRITE_ONCE(b, 4);
		break;
	default:
		WRITE_ONCE(b, 4);
		break;
	}
}

void sw_range(void)
{
	int q = READ_ONCE(a);

	switch (q) {
	case 1 ... 5:
		WRITE_ONCE(b, 1);
		break;
	case 10 ... 20:
		WRITE_ONCE(b, 2);
		break;
	case 30:
		break;
	default:
		WRITE_ONCE(b, 1);
	}
}
/* { dg-final { lkmm-ctrl-dep sw a b } } */
/* { dg-final { lkmm-ctrl-dep sw_same a b } } */
/* { dg-final { lkmm-ctrl-dep sw_range a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep sw_same a b } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
