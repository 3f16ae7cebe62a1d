/* A comparison whose teaching leg leads to no dependent access is left
 * alone: no optimization can put the learned value into an access that
 * cannot be reached from there (addr-dep.c, lkmm_find_reach).  Same code
 * with and without the plugin, and the dependency is there. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo other;
int arr[16];

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

/* { dg-final { lkmm-same-code { target aarch64*-*-* x86_64-*-* } } } */
/* { dg-final { lkmm-addr-dep eq_exit gp { target aarch64*-*-* } } } */
/* { dg-final { lkmm-addr-dep ne_exit gp { target aarch64*-*-* } } } */
