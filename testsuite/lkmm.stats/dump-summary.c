/* The GIMPLE passes' dumps end each function with a summary line of
   lkmm's counts (dump=SWITCH: GCC 11 and 12 cannot name a plugin's pass
   in -fdump-).  The comparison is hidden where dependencies are kept.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-dump=tree-lkmm_early -fplugin-arg-lkmm-dump=tree-lkmm_late" } */
#include "diag.h"
struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp;

int a1(void)
{
	struct cfg *p = rcu_dereference(gp);

	if (p == &default_cfg)
		return READ_ONCE(p->a);
	return 0;
}

/* { dg-final { scan-tree-dump-times ";; lkmm early summary \\(\[a-z0-9_-\]+\\): heads=2 explicit=0 hidden=\[01\] legs=0 fences=0 promoted=0 relaxed=0 skipped=0 warnings=0$" 1 lkmm_early } } */
/* { dg-final { scan-tree-dump " hidden=1 " lkmm_early { target aarch64*-*-* } } } */
/* { dg-final { scan-tree-dump " hidden=0 " lkmm_early { target x86_64-*-* } } } */
/* { dg-final { scan-tree-dump-times ";; lkmm late summary " 1 lkmm_late } } */
