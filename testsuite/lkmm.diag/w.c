/* -w silences the lkmm warnings, like every other warning: any output
   here is an excess error.  */
/* { dg-do compile } */
/* { dg-additional-options "-w" } */
#include "diag.h"
int a, b, c, arr[16];

void f(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (q % 1)
		WRITE_ONCE(b, 1);
}

void g(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);

	WRITE_ONCE(c, arr[r & 0]);
}

int h(void)
{
	if (ctrl_dep(READ_ONCE(a)))
		return READ_ONCE(b);
	return 0;
}
