/* stats=FILE: one record per function and pass with its counts, one per
   lkmm warning printed; on every target (the diagnostics and the head
   count do not depend on it).  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-stats=stats-file.tsv -fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
int a, c, arr[16];

int two_heads(void)
{
	return READ_ONCE(a) + READ_ONCE(c);
}

void cancelled(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, arr[r * 0]);	/* { dg-warning "lkmm-cancelled-dependency" } */
}

int no_head(int x)
{
	return x + 1;
}

/* { dg-final { lkmm-stats fn 6 } } */
/* { dg-final { lkmm-stats fn 1 function two_heads pass early heads 2 line 9 file *stats-file.c unit *stats-file.c } } */
/* { dg-final { lkmm-stats fn 1 function two_heads pass late heads 2 } } */
/* { dg-final { lkmm-stats fn 2 function no_head heads 0 hidden 0 legs 0 fences 0 } } */
/* { dg-final { lkmm-stats fn 1 function cancelled pass early heads 2 } } */
/* { dg-final { lkmm-stats warn 1 } } */
/* { dg-final { lkmm-stats warn 1 function cancelled line 18 kind lkmm-cancelled-dependency } } */
/* { dg-final { lkmm-stats verify 0 } } */
