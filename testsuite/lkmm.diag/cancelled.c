/* lkmm-cancelled-dependency: a marked address or data dependency that
   arithmetic cancels (docs/breakages.md A5): the front end folds it away, so no
   compiler can keep it.  A warning, on every target.  */
/* { dg-do compile } */
#include "diag.h"
int a, b, c, arr[16];
int *gp;

void and0(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, READ_ONCE(arr[r & 0]));	/* { dg-warning "dependency on .r. is cancelled by arithmetic" } */
}

void mul0(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, arr[r * 0]);	/* { dg-warning "after folding \\\[lkmm-cancelled-dependency\\\]" } */
}

void ptr_minus(void)
{
	int *p __lkmm_addr_dep = rcu_dereference(gp);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, READ_ONCE(arr[p - p]));	/* { dg-warning "dependency on .p. is cancelled" } */
}

void xor_data(void)
{
	int x __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(b, x ^ x);	/* { dg-warning "after folding \\\[lkmm-cancelled-dependency\\\]" } */
}

void ternary(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(b, r == 1 ? r : 1);	/* { dg-warning "after folding \\\[lkmm-cancelled-dependency\\\]" } */
}
