/* __builtin_expect_with_probability passes its first argument on, as
   __builtin_expect does: a marked control dependency through it is the
   same dependency, and draws the same warnings on every target (issue 12:
   AArch64 warned here and x86-64 did not).  */
/* { dg-do compile } */
#include "diag.h"
int a, b, c;

int load_only(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head load is here" } */
	int r = 0;

	if (__builtin_expect_with_probability(q, 1, 0.9))	/* { dg-warning "orders no store: its legs only load" } */
		r = READ_ONCE(b);
	return r;
}

int load_only_expect(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);	/* { dg-message "head load is here" } */
	int r = 0;

	if (__builtin_expect(q, 1))	/* { dg-warning "orders no store: its legs only load" } */
		r = READ_ONCE(b);
	return r;
}

/* A store in the leg: nothing to say. */
void stores(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (__builtin_expect_with_probability(q, 1, 0.9))
		WRITE_ONCE(c, 1);
}
