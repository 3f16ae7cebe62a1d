/* A1: a head compared against a constant address, the dependent access in
 * either leg.  Without the plugin GCC reads static_p/other from their
 * constant addresses (evrp, dom); with it, through the loaded pointer.
 * Alpha suffers the same substitution (eq_store, eq_both_legs). */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; struct foo *next; };
struct foo *gp;
static struct foo static_p;
struct foo other;
int r;

void eq_store(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &static_p)
		WRITE_ONCE(r, READ_ONCE(p->a));
}

int eq_ret(void)
{
	struct foo *p = READ_ONCE(gp);
	int v = 0;

	if (p == &static_p)
		v = READ_ONCE(p->b);
	return v;
}

int ne_else(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p != &other)
		return -1;
	return READ_ONCE(p->b);
}

int eq_both_legs(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &static_p)
		return p->a + p->b;
	return p->a;
}

int eq_plain(void)
{
	struct foo *p = rcu_dereference(gp);

	if (p == &other)
		return p->b;
	return 0;
}

int eq_relaxed(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_RELAXED);

	if (p == &other)
		return p->b;
	return 0;
}

/* { dg-final { lkmm-addr-dep eq_store gp -allow r { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* alpha*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq_store gp -allow r { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* alpha*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep eq_store gp -allow r { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-addr-dep eq_ret gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq_ret gp { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep eq_ret gp { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-addr-dep ne_else gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep ne_else gp { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep ne_else gp { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-addr-dep eq_both_legs gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* alpha*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq_both_legs gp { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* alpha*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep eq_both_legs gp { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-addr-dep eq_plain gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq_plain gp { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep eq_plain gp { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-addr-dep eq_relaxed gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq_relaxed gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
