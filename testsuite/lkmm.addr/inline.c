/* The comparison made in inlined helpers (static inline, as kernel
 * headers write them): the dependency is kept in the caller. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo dflt;
int arr[8];
unsigned idx;

static inline int is_default(const struct foo *p)
{
	return p == &dflt;
}

static inline int is_first(unsigned i)
{
	return i == 0;
}

static inline struct foo *get(void)
{
	return rcu_dereference(gp);
}

int use_is_default(void)
{
	struct foo *p = get();

	if (is_default(p))
		return READ_ONCE(p->b);
	return 0;
}

int use_is_first(void)
{
	unsigned i = READ_ONCE(idx);

	if (is_first(i))
		return READ_ONCE(arr[i]);
	return -1;
}

/* { dg-final { lkmm-addr-dep use_is_default gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep use_is_default gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep use_is_first idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep use_is_first idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
