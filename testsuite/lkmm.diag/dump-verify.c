/* The verifier writes its decision on each dependency to its dump file
   (-fplugin-arg-lkmm-dump=rtl-lkmm_verify; GCC 12 parses -fdump-rtl-* before
   plugins add their passes): "broken" where GCC's optimization broke it
   (check mode, as in check-addr.c), "kept" where the machine code still
   orders it.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check -fplugin-arg-lkmm-dump=rtl-lkmm_verify" } */
#include "diag.h"

struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp;

int broken(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	if (p == &default_cfg)
		return READ_ONCE(p->a);	/* { dg-warning "lkmm-unprotected" } */
	return 0;
}

int kept(void)
{
	struct cfg *p = rcu_dereference(gp);

	return READ_ONCE(p->b);
}

/* { dg-final { scan-rtl-dump-times "address dependency \\(volatile load\\) of the access at line 20 on the head at line 17: broken$" 1 lkmm_verify } } */
/* { dg-final { scan-rtl-dump-times "address dependency \\(volatile load\\) of the access at line 28 on the head at line 26: kept$" 1 lkmm_verify } } */
/* { dg-final { scan-rtl-dump-times ": broken$" 1 lkmm_verify } } */
