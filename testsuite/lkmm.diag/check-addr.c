/* -fplugin-arg-lkmm-check (report-only: no code changes) reports the
   address dependencies GCC's optimizations break (docs/breakages.md A1-A4), at
   the dependent access, with a note at the head.  protect-addr.c compiles
   the same code with the protections: kept, and nothing reported.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check" } */
#include "diag.h"

struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp;

int a1(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == &default_cfg)
		return READ_ONCE(p->a);	/* { dg-warning "address dependency of this access on the head at line 16 was broken by optimization: the machine code does not order it \\\[lkmm-unprotected\\\]" } */
	return 0;
}

struct cfg *get_default(void);

int a2(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == get_default())
		return READ_ONCE(p->a);	/* { dg-warning "lkmm-unprotected" } */
	return 0;
}

int arr[16];
int idx;

int a3(void)
{
	int i = READ_ONCE(idx);	/* { dg-message "head load is here" } */

	if (i == 0)
		return READ_ONCE(arr[i]);	/* { dg-warning "lkmm-unprotected" } */
	return 0;
}

struct list_head { struct list_head *next, *prev; };
struct list_head head;

struct list_head *a4(void)
{
	struct list_head *pos;

	for (pos = rcu_dereference(head.next); pos != &head;
	     pos = rcu_dereference(pos->next))	/* { dg-message "head load is here" } */
		;
	return READ_ONCE(pos->prev);	/* { dg-warning "lkmm-unprotected" } */
	/* PowerPC merges this load into the copy to the return register, at
	   the closing brace's locus (ld 3,8(10)); 32-bit ARM computes &head
	   with a PIC add of the pc (ldr r0, [r3, #84]).  Both load from
	   &head's constant address. */
}
/* { dg-final { lkmm-hazard lkmm-addr-dep a1 gp } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a3 idx } } */
