/* #pragma lkmm diagnostic: GCC lets a plugin register no -W option, so
   "#pragma GCC diagnostic" cannot name the lkmm warnings; lkmm has its own
   pragma, honoured by location like GCC's: push, pop, and ignored, warning
   or error for one warning ("lkmm-<name>") or all ("lkmm-all").  */
/* { dg-do compile } */
#include "diag.h"
int a, b, c, arr[16];

#pragma lkmm diagnostic push
#pragma lkmm diagnostic ignored "lkmm-constant-condition"
void ignored(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (q % 1)	/* silenced */
		WRITE_ONCE(b, 1);
}

void other_kind(void)
{
	int r __lkmm_addr_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, arr[r & 0]);	/* { dg-warning "lkmm-cancelled-dependency" "only the named warning is ignored" } */
}
#pragma lkmm diagnostic pop

void popped(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if (q % 1)	/* { dg-warning "lkmm-constant-condition" "pop restores the warning" } */
		WRITE_ONCE(b, 1);
}

#pragma lkmm diagnostic push
#pragma lkmm diagnostic ignored "lkmm-all"
int all_ignored(void)
{
	if (ctrl_dep(READ_ONCE(a)))
		return READ_ONCE(b);
	return 0;
}
#pragma lkmm diagnostic pop

/* GCC's own pragma does not reach them: they have no -W option.  */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
void gcc_pragma_cond(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if (q % 1)	/* { dg-warning "lkmm-constant-condition" "GCC pragma" } */
		WRITE_ONCE(b, 1);
}

int gcc_pragma(void)
{
	if (ctrl_dep(READ_ONCE(a)))	/* { dg-warning "lkmm-load-only-ctrl" } */
		return READ_ONCE(b);	/* { dg-message "head load is here" "" { target *-*-* } 59 } */
	return 0;
}
#pragma GCC diagnostic pop

#pragma lkmm diagnostic ignored "lkmm-no-such-thing"	/* { dg-warning "unknown warning 'lkmm-no-such-thing'" } */
#pragma lkmm diagnostic frobnicate	/* { dg-warning "unknown action 'frobnicate'" } */
#pragma lkmm diagnostic ignored	/* { dg-warning "needs a warning name" } */
