/* The verifier's rule for a control dependency that a path from the head
   skips (C's && or ||, protect-skip-test.c): the copy of the store on the
   path that skipped the head's test passed another branch and owes the
   head nothing, but a store that no branch at all precedes after the head
   is still broken.  Here GCC merges the two legs of the if (their stores
   are the same) on RISC-V and PowerPC, the branches go, and check mode
   reports it; AArch64 and ARM keep both branches and a store in each leg
   (nothing to report).  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check" } */
#include "diag.h"
unsigned long seq;
unsigned char wrap;
int lock;

void skip_merged(void)
{
	unsigned long c = READ_ONCE(seq);	/* { dg-message "head load is here" "" { target riscv64*-*-* powerpc64*-*-* } } */

	if (!wrap && (c & 1))
		WRITE_ONCE(lock, 1);
	else
		WRITE_ONCE(lock, 1);	/* { dg-warning "control dependency of this access on the head at line 19 was broken by optimization" "" { target riscv64*-*-* powerpc64*-*-* } } */
}
