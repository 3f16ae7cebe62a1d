/* The hazard behind consume.c: the relaxed load's dependency is broken
 * without the plugin (A1 and A3 through the same loads). */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-consume=relaxed" } */
#include "rwonce.h"

struct foo { int a; int b; struct foo *next; };
struct foo *gp;
struct foo other;
int arr[8];
unsigned idx;

int r_eq(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_RELAXED);

	if (p == &other)
		return p->b;
	return 0;
}

int r_index(void)
{
	unsigned i = __atomic_load_n(&idx, __ATOMIC_RELAXED);

	if (i == 0)
		return READ_ONCE(arr[i]);
	return -1;
}

/* { dg-final { lkmm-addr-dep r_eq gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep r_eq gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep r_index idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep r_index idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
