/* Stores in the legs' inlined callees (docs/breakages.md C6 within one unit).  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);
void g(void);

static inline void do_x(void) { WRITE_ONCE(b, 1); f(); }
static inline void do_y(void) { WRITE_ONCE(b, 1); g(); }

void inl(void)
{
	if (READ_ONCE(a))
		do_x();
	else
		do_y();
}

/* Inlined only by IPA (not early): the late run marks the legs.  */
static void set_b(int v) { WRITE_ONCE(b, v); }
static void late_x(void) { set_b(2); f(); f(); f(); }
static void late_y(void) { set_b(2); g(); g(); g(); }

void inl_late(void)
{
	if (READ_ONCE(a) > 2)
		late_x();
	else
		late_y();
}
/* { dg-final { lkmm-ctrl-dep inl a b } } */
/* { dg-final { lkmm-ctrl-dep inl_late a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep inl a b { target powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-Os} lkmm-ctrl-dep inl a b { target aarch64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep inl_late a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
