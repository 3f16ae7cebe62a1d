/* stats=FILE in check mode: the verifier's broken dependency is a verify
   record (kind, access, where, on which head) besides its lkmm-unprotected
   warning record.  check-addr.c's first case.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check -fplugin-arg-lkmm-stats=stats-verify.tsv" } */
#include "diag.h"

struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp;

int a1(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == &default_cfg)
		return READ_ONCE(p->a);	/* { dg-warning "lkmm-unprotected" } */
	return 0;
}

/* { dg-final { lkmm-stats verify 1 } } */
/* { dg-final { lkmm-stats verify 1 function a1 line 18 dep address access volatile-load head_line 15 head_file *stats-verify.c } } */
/* { dg-final { lkmm-stats warn 1 function a1 line 18 kind lkmm-unprotected } } */
/* { dg-final { lkmm-stats fn 1 function a1 pass late heads 2 hidden 0 } } */
