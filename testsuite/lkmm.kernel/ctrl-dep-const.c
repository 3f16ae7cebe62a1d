/* In a kernel tree, ctrl_dep() comes from include/linux/lkmm.h, which is
   include/lkmm.h: its local has the name generic-checks.c knows (__lkmm_ctrl), so a
   constant condition draws lkmm-constant-condition there too (issue 12:
   kernel-integrate's own header named it __lkmm_c, and nothing was said).  */
/* { dg-do compile } */
#include "kernel.h"
int x, y;

void folded(void)
{
	int a = READ_ONCE(x);

	if (ctrl_dep(a & 0))	/* { dg-warning "condition of .ctrl_dep\\(\\). is a constant after folding.*\\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(y, 1);
}

void kept(void)
{
	int a = READ_ONCE(x);

	if (ctrl_dep(a & 1))
		WRITE_ONCE(y, 1);
}

int marked(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(x);	/* { dg-message "head load is here" } */

	if (q)	/* { dg-warning "orders no store: its legs only load.*\\\[lkmm-load-only-ctrl\\\]" } */
		return READ_ONCE(y);
	return 0;
}
