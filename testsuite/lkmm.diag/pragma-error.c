/* #pragma lkmm diagnostic error: the named warning becomes an error, in
   the region the pragmas delimit (pragma.c: the others; after an error,
   like GCC, lkmm stops looking).  */
/* { dg-do compile } */
#include "diag.h"
int a, c, arr[16];

#pragma lkmm diagnostic push
#pragma lkmm diagnostic error "lkmm-cancelled-dependency"
void as_error(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, arr[r * 0]);	/* { dg-error "lkmm-cancelled-dependency" } */
}
#pragma lkmm diagnostic pop
