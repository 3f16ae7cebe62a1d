/* lkmm-constant-condition through a marked local and after value-range
   folding (issue 13): the front end leaves if (q < 256) as a branch, but
   q = READ_ONCE(a) & 0xff is in [0, 255] whatever the load returned, so
   GCC's value-range passes fold it.  The same mistake as
   ctrl_dep((q & 0xff) < 256), which const-cond.c tests: the same warning,
   on every target.  */
/* { dg-do compile } */
#include "diag.h"
int a, b;

void issue(void)
{
	unsigned int q __lkmm_ctrl_dep = READ_ONCE(a) & 0xff;	/* { dg-message "head is loaded here" } */

	if (q < 256)	/* { dg-warning "condition is always true for the values the head can take: no branch can order the stores that follow \\\[lkmm-constant-condition\\\]" } */
		WRITE_ONCE(b, 1);
}

void shifted(void)
{
	unsigned int q __lkmm_ctrl_dep = (unsigned int)READ_ONCE(a) >> 28;	/* { dg-message "head is loaded here" } */

	if (q > 15)	/* { dg-warning "condition is always false for the values the head can take" } */
		WRITE_ONCE(b, 1);
}

/* Through a PHI of masked values, and a conversion. */
void joined(int c)
{
	unsigned int q __lkmm_ctrl_dep;	/* { dg-message "head is loaded here" "" { target *-*-* } 33 } */

	if (c)
		q = READ_ONCE(a) & 0xf;
	else
		q = READ_ONCE(b) & 0x7;
	if ((unsigned char)q < 16)	/* { dg-warning "condition is always true" } */
		WRITE_ONCE(b, 1);
}

/* The macro: ctrl_dep() of a value whose range decides the test. */
void macro(void)
{
	unsigned int q = READ_ONCE(a) & 0xff;

	if (ctrl_dep(q) < 256)	/* { dg-warning "condition is always true" } */
				/* { dg-message "head is loaded here" "" { target *-*-* } 45 } */
		WRITE_ONCE(b, 1);
}

/* Unmarked heads: nothing, even with warn=all (warn-all.c). */
void unmarked(void)
{
	unsigned int q = READ_ONCE(a) & 0xff;

	if (q < 256)
		WRITE_ONCE(b, 1);
}

/* A condition the range does not decide: a real control dependency. */
void kept(void)
{
	unsigned int q __lkmm_ctrl_dep = READ_ONCE(a) & 0xff;

	if (q < 128)
		WRITE_ONCE(b, 1);
}

/* Redundant only because of the enclosing test on the same head: that
   test orders the store, and the inner one is still a branch on the head.
   No warning (the ranges come from definitions, not from branches). */
void nested(void)
{
	unsigned int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (q > 5) {
		if (q > 3)
			WRITE_ONCE(b, 1);
	}
}
