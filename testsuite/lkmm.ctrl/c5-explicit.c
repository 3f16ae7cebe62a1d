/* docs/breakages.md C5: plain stores in the legs are if-converted to a csel and one
   unconditional store (ce1).  Plain stores are guarded when the head is
   explicit: ctrl_dep() or a local marked __lkmm_ctrl_dep.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);

void c5_ctrl_dep(void)
{
	int q = READ_ONCE(a);

	if (ctrl_dep(q))
		b = 1;
	else
		b = 2;
}

void c5_marked(void)
{
	int q __lkmm_ctrl_dep = a;

	if (q)
		b = 3;
	else
		b = 4;
}

/* Identical plain stores: head merge, or no branch at all.  */
int same_plain(int v)
{
	int q __lkmm_ctrl_dep = a;

	if (q % 2)
		b = v;
	else
		b = v;
	f();
	return q;
}
/* A builtin that folding turns into a plain store.  */
struct s { int x; } bs;
void c5_memcpy(const struct s *one, const struct s *two)
{
	int q __lkmm_ctrl_dep = a;

	if (q)
		__builtin_memcpy(&bs, one, sizeof(bs));
	else
		__builtin_memcpy(&bs, two, sizeof(bs));
}
/* { dg-final { lkmm-ctrl-dep c5_memcpy a bs } } */
/* { dg-final { lkmm-ctrl-dep c5_ctrl_dep a b } } */
/* { dg-final { lkmm-ctrl-dep c5_marked a b } } */
/* { dg-final { lkmm-ctrl-dep same_plain a b } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c5_ctrl_dep a b { target aarch64*-*-* alpha*-*-* riscv64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1 -O2 -O3} lkmm-ctrl-dep c5_ctrl_dep a b { target powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c5_marked a b { target aarch64*-*-* alpha*-*-* riscv64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1 -O2 -O3} lkmm-ctrl-dep c5_marked a b { target powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep same_plain a b } } */
/* No csel/cset computes the stored value.  */
/* { dg-final { scan-assembler-not "\tcs(el|et|inc)\t" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1 -O2 -O3} lkmm-ctrl-dep c5_memcpy a bs { target aarch64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-ctrl-dep same_plain a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
