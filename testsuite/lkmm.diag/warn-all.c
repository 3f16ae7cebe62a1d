/* -fplugin-arg-lkmm-warn=all: the unmarked kernel idioms (READ_ONCE())
   get the same warnings as marked heads.  warn-default.c is the same code
   without it: silent.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
int a, b, c, idx, arr[16];

void cond_local(void)
{
	int q = READ_ONCE(a);	/* { dg-message "head is loaded here" } */

	if (q % 1)	/* { dg-warning "lkmm-constant-condition" } */
		WRITE_ONCE(b, 1);
}

void cond_direct(void)
{
	if (READ_ONCE(a) % 1)	/* { dg-warning "lkmm-constant-condition" } */
		WRITE_ONCE(b, 1);
}

void index_local(void)
{
	int r = READ_ONCE(idx);	/* { dg-message "head is loaded here" } */

	WRITE_ONCE(c, arr[r & 0]);	/* { dg-warning "lkmm-cancelled-dependency" } */
}

void index_direct(void)
{
	WRITE_ONCE(c, READ_ONCE(arr[READ_ONCE(idx) & 0]));	/* { dg-warning "lkmm-cancelled-dependency" } */
}

int load_only(void)
{
	int q = READ_ONCE(a);	/* { dg-message "head load is here" } */

	if (q)	/* { dg-warning "lkmm-load-only-ctrl" } */
		return READ_ONCE(b);
	return 0;
}

/* One warning for a ctrl_dep() of a constant, not a second one for x.  */
void macro_once(void)
{
	int x = READ_ONCE(a);

	if (ctrl_dep(x || 1))	/* { dg-warning "condition of .ctrl_dep\\(\\). is a constant" } */
		WRITE_ONCE(b, 1);
}

/* A condition the value's range decides (const-cond-range.c): warned for
   marked heads only.  Unmarked, these are min() and the like in macros and
   helpers, where no one meant a dependency: silent even under warn=all.  */
void range_unmarked(void)
{
	unsigned int q = READ_ONCE(a) & 0xff;

	if (q < 256)
		WRITE_ONCE(b, 1);
}
