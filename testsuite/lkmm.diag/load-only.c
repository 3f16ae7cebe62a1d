/* lkmm-load-only-ctrl and -cond: a marked control dependency whose legs
   hold loads and no store.  A branch never orders later loads
   (docs/breakages.md C7).  */
/* { dg-do compile } */
#include "diag.h"
int a, b, c;

int marked(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head load is here" } */
	int r = 0;

	if (q)	/* { dg-warning "orders no store: its legs only load" } */
		r = READ_ONCE(b);
	return r;
}

int macro(void)
{
	if (ctrl_dep(READ_ONCE(a)))	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		return READ_ONCE(b);	/* { dg-message "head load is here" "" { target *-*-* } 20 } */
	return READ_ONCE(c);
}

/* A marked head whose legs only test more of the condition: said at every
   level, as lkmm-load-only-cond (unmarked: warn=pedantic only,
   load-only-pedantic.c).  */
int marked_cond(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head load is here" } */

	return q && READ_ONCE(b);	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
}
