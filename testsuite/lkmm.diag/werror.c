/* -Werror makes an lkmm warning an error, like any GCC warning.  */
/* { dg-do compile } */
/* { dg-additional-options "-Werror" } */
/* { dg-prune-output "all warnings being treated as errors" } */
#include "diag.h"
int a, b;

void f(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if (q % 1)	/* { dg-error "after folding: no branch can order the stores that follow \\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(b, 1);
}
