/* lkmm-constant-condition: a marked control dependency whose condition
   does not depend on the head after the front end folded it (docs/breakages.md C4).
   No branch exists in any compiler's output: a warning, on every target.  */
/* { dg-do compile } */
#include "diag.h"
int a, b;

void mod1(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if (q % 1)	/* { dg-warning "condition does not depend on .q. after folding: no branch can order the stores that follow \\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(b, 1);
}

void or1(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if (q || 1)	/* { dg-warning "stores that follow \\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 2);
}

void mask(void)
{
	unsigned char q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if ((q & 0xff) < 256)	/* { dg-warning "stores that follow \\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(b, 1);
}

void macro(void)
{
	int x = READ_ONCE(a);

	if (ctrl_dep(x || 1))	/* { dg-warning "condition of .ctrl_dep\\(\\). is a constant after folding" } */
		WRITE_ONCE(b, 1);
}

void macro_mask(void)
{
	int q = READ_ONCE(a);

	if (ctrl_dep((q & 0xff) < 256))	/* { dg-warning "stores that follow \\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(b, 1);
}
