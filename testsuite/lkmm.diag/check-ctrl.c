/* -fplugin-arg-lkmm-check reports the control dependencies GCC's
   optimizations break (docs/breakages.md C2, C3: the legs merged and the branch
   gone), at the store, with a note at the head.  protect-ctrl.c: the same
   code with the protections, kept, and nothing reported.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check" } */
#include "diag.h"
int a, b;
void f(void);

void c2(void)
{
	int q = READ_ONCE(a);	/* { dg-message "head load is here" } */

	if (q) {
		barrier();
		WRITE_ONCE(b, 1);
	} else {
		barrier();
		WRITE_ONCE(b, 1);	/* { dg-warning "control dependency of this access on the head at line 14 was broken by optimization" } */
	}
	f();
}

void c3(void)
{
	int q = READ_ONCE(a);	/* { dg-message "head load is here" } */

	/* The merged store keeps the locus of the else leg on AArch64 and
	   RISC-V, of the then leg on PowerPC and ARM. */
	if (q % 2)
		WRITE_ONCE(b, 1);	/* { dg-warning "lkmm-unprotected" "" { target powerpc64*-*-* arm*-*-* } } */
	else
		WRITE_ONCE(b, 1);	/* { dg-warning "lkmm-unprotected" "" { target aarch64*-*-* riscv64*-*-* } } */
	f();
}
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c2 a b } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c3 a b } } */
