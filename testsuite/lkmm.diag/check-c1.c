/* docs/breakages.md C1 (-Os): the identical store of both legs is hoisted above
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
	int q = READ_ONCE(a);	/* { dg-message "head load is here" "" { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } */

	if (q) {
		WRITE_ONCE(b, 1);	/* { dg-warning "control dependency of this access on the head at line 14 was broken" "" { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } */
		do_this();
	} else {
		WRITE_ONCE(b, 1);
		do_that();
	}
}
/* RISC-V GCC 12 keeps the stores in their legs at -Os: nothing to report. */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c1 a b { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-ctrl-dep c1 a b { target riscv64*-*-* } } } */
