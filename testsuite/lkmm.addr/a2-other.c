/* A2: a head compared against another pointer: a function's result, a
 * parameter, another head.  GCC (RTL CSE following jumps, dom) uses the
 * other register for the dependent access; with the plugin the access
 * keeps the loaded one.  Both heads of a head-head comparison are hidden,
 * so that neither is put in the other's place. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; struct foo *next; };
struct foo *gp, *gq;
extern struct foo *get_default(void);

int vs_call(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == get_default())
		return p->a;
	return 0;
}

int vs_param(struct foo *q)
{
	struct foo *p = READ_ONCE(gp);

	if (p == q)
		return READ_ONCE(p->b);
	return 0;
}

int vs_head(void)
{
	struct foo *p = READ_ONCE(gp);
	struct foo *q = READ_ONCE(gq);

	if (p == q)
		return READ_ONCE(p->b);
	return 0;
}

int vs_head2(void)
{
	struct foo *p = READ_ONCE(gp);
	struct foo *q = READ_ONCE(gq);

	if (q == p)
		return READ_ONCE(q->a);
	return 0;
}

/* { dg-final { lkmm-addr-dep vs_call gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep vs_param gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep vs_head gp -allow gq { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep vs_head2 gq -allow gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
