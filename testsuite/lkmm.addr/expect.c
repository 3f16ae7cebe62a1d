/* Comparisons wrapped the kernel's way: unlikely() (__builtin_expect),
 * and a conditional expression that picks the head or NULL. */
/* { dg-do compile } */
#include "rwonce.h"
#define unlikely(x) __builtin_expect(!!(x), 0)

struct foo { int a; int b; };
struct foo *gp;
struct foo other;
int arr[8];
unsigned idx;

int e_ptr(void)
{
	struct foo *p = READ_ONCE(gp);

	if (unlikely(p == &other))
		return READ_ONCE(p->b);
	return 0;
}

int e_index(void)
{
	unsigned i = READ_ONCE(idx);

	if (unlikely(i == 0))
		return READ_ONCE(arr[i]);
	return -1;
}

int e_select(void)
{
	struct foo *p = READ_ONCE(gp);
	struct foo *q = p == &other ? p : 0;

	if (q)
		return READ_ONCE(q->b);
	return 0;
}

/* { dg-final { lkmm-addr-dep e_ptr gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep e_ptr gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep e_index idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep e_index idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep e_select gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep e_select gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
