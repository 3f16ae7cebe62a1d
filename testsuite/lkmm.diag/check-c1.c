/* BREAKAGES C1 (-Os): the identical store of both legs is hoisted above
   the branch; -fplugin-arg-lkmm-check reports it.  protect-c1.c: kept
   with the protections, nothing reported.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-Os -fplugin-arg-lkmm-check" } */
#include "diag.h"
int a, b;
void do_this(void);
void do_that(void);

void c1(void)
{
	int q = READ_ONCE(a);	/* { dg-message "head load is here" } */

	if (q) {
		WRITE_ONCE(b, 1);	/* { dg-warning "control dependency of this access on the head at line 14 was broken" } */
		do_this();
	} else {
		WRITE_ONCE(b, 1);
		do_that();
	}
}
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c1 a b } } */
