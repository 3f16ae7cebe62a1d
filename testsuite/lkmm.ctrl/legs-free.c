/* A leg marker costs nothing once no pass can undo the leg (unhide.c,
 * lkmm_legs, on targets whose arch.c entry says legs_late): the branch
 * back to the loop head goes straight there, not through a block that
 * holds only the marker and a jump.  The branch, and the store behind it
 * in the next iteration, stay. */
/* { dg-do compile } */
/* At -O1 GCC lays the loop out differently; the test is about -O2 and up. */
/* { dg-skip-if "" { *-*-* } { "-O1" } } */
#include "ctrl.h"
int a, b;
void f(void);

void loop_back(void)
{
	do {
		WRITE_ONCE(b, READ_ONCE(b) + 1);
		f();
	} while (READ_ONCE(a) & 8);
}

/* Two legs that differ only in their markers: the markers stay, or the
 * branch would go and the store after the join with it. */
void empty_legs(void)
{
	int q = READ_ONCE(a);

	if (q)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

/* { dg-final { lkmm-ctrl-dep loop_back a b } } */
/* { dg-final { lkmm-ctrl-dep empty_legs a b } } */
/* { dg-final { lkmm-no-longer loop_back { target riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep empty_legs a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
