/* A comparison whose teaching leg leads to no dependent access is left
 * alone: no optimization can put the learned value into an access that
 * cannot be reached from there, or that uses no name the value pins
 * (addr-dep.c, lkmm_sink_reachable).  Same code with and without the
 * plugin, and the dependency is there. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo other;
int arr[16];
unsigned long flagsw;
void g(unsigned long);

int eq_exit(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &other)
		return -1;
	return p->a;
}

int ne_exit(int k)
{
	struct foo *p = READ_ONCE(gp);

	if (p != &other)
		return READ_ONCE(p->b) + k;
	return k;
}

/* What (f & 4) != 0 teaches pins f & 4, not f: g(f) is no sink of it,
 * and the bit test stays a tbz. */
int bit_test(void)
{
	unsigned long f = READ_ONCE(flagsw);

	if (f & 4)
		g(f);
	return 0;
}

/* { dg-final { lkmm-same-code { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* x86_64-*-* } } } */
/* { dg-final { lkmm-addr-dep eq_exit gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep ne_exit gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
