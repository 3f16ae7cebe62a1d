/* consume=relaxed: __ATOMIC_CONSUME loads become relaxed (ldr, not ldar)
 * and their dependencies are kept like any head's.  A1 through consume
 * breaks without the plugin; with the default (consume=acquire) see
 * consume-default.c. */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-consume=relaxed" } */
#include "rwonce.h"

struct foo { int a; int b; struct foo *next; };
struct foo *gp;
struct foo other;
int arr[8];
unsigned idx;

int c_eq(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME);

	if (p == &other)
		return p->b;
	return 0;
}

int c_index(void)
{
	unsigned i = __atomic_load_n(&idx, __ATOMIC_CONSUME);

	if (i == 0)
		return READ_ONCE(arr[i]);
	return -1;
}

int c_chain(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME);

	WRITE_ONCE(p->a, 1);
	return p->next->b;
}

/* { dg-final { scan-assembler-not "ldar" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-addr-dep c_eq gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep c_index idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep c_chain gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep c_eq gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep c_index idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
