/* -fplugin-arg-lkmm-check reports the address dependencies of PLAIN
   dependent loads that GCC's optimizations break (docs/breakages.md A1, A3): the
   kernel's commonest dependency, p = rcu_dereference(gp); r = p->a.
   protect-plain.c compiles the same code with the protections: kept, and
   nothing reported.  */
/* { dg-do compile } */
/* { dg-skip-if "plain dependencies are tested on AArch64 and Alpha" { x86_64-*-* i?86-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check" } */
#include "diag.h"

struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp, *gq;
int r;

int a1(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == &default_cfg)
		return p->a;	/* { dg-warning "address dependency of this access on the head at line 18 was broken by optimization: the machine code does not order it \\\[lkmm-unprotected\\\]" } */
	return 0;
}

/* GCC expands the load at the store's locus: found on its line. */
void a1_store(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == &default_cfg)
		r = p->a;	/* { dg-warning "address dependency of this access on the head at line 28 was broken" } */
}

int arr[16];
int idx;

int a3(void)
{
	int i = READ_ONCE(idx);	/* { dg-message "head load is here" } */

	if (i == 0)
		return arr[i];	/* { dg-warning "address dependency of this access on the head at line 39 was broken" } */
	return 0;
}

/* Two loads of p->a's field on one line, GCC puts both at one locus;
   only one is dependent.  Here both are from constant addresses.  */
void two(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == &default_cfg)
		r = p->a + gq->a;	/* { dg-warning "address dependency of this access on the head at line 50 was broken" } */
}
/* { dg-final { lkmm-hazard lkmm-addr-dep a1 gp } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a1_store gp -allow r } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a3 idx } } */
