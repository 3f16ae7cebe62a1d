/* A marked local whose condition value-range folding decides:
   q = READ_ONCE(a) & 0xff; if (q < 256).  diag.c warns
   lkmm-constant-condition (lkmm.diag/const-cond-range.c); the plugin still
   keeps the branch as written, as for every marked head: the head copy is
   opaque to GCC's ranges (docs/diagnostics.md says why).  GCC alone folds
   the branch away.  */
/* { dg-do compile } */
/* { dg-additional-options "-w" } */
/* { dg-prune-output "lkmm" } */
#include "ctrl.h"
int a, b;

void marked_range(void)
{
	unsigned int q __lkmm_ctrl_dep = READ_ONCE(a) & 0xff;

	if (q < 256)
		WRITE_ONCE(b, 1);
}
/* { dg-final { lkmm-ctrl-dep marked_range a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep marked_range a b } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-ctrl-dep marked_range a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
