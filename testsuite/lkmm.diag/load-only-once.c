/* lkmm-load-only-* once per unit for a line (warn.c): a helper expanded
   into three callers (page_fixed_fake_head() under every compound_head())
   warns at its own line once, with one stats record; the same shape
   elsewhere, or at the same line as another kind, warns too.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=pedantic -fplugin-arg-lkmm-stats=load-only-once.tsv" } */
#include "diag.h"
int flag, data, data2, more;

static inline __attribute__((always_inline)) int get(void)
{
	if (READ_ONCE(flag))	/* { dg-warning "lkmm-load-only-ctrl" } */
		return READ_ONCE(data);	/* { dg-message "head load is here" "" { target *-*-* } 12 } */
	return 0;
}

int one(void) { return get(); }
int two(void) { return get() + 1; }
int three(void) { return get() * 2; }

static inline __attribute__((always_inline)) int both(void)
{
	return READ_ONCE(flag) && READ_ONCE(more);	/* { dg-warning "lkmm-load-only-cond" } */
}	/* { dg-message "head load is here" "" { target *-*-* } 23 } */

int test1(void) { return both(); }
int test2(void) { return both() ? 3 : 4; }

int other(void)
{
	if (READ_ONCE(flag))	/* { dg-warning "lkmm-load-only-ctrl" } */
		return READ_ONCE(data2);	/* { dg-message "head load is here" "" { target *-*-* } 31 } */
	return 0;
}

/* { dg-final { lkmm-stats warn 3 } } */
/* { dg-final { lkmm-stats warn 1 line 12 kind lkmm-load-only-ctrl } } */
/* { dg-final { lkmm-stats warn 1 line 23 kind lkmm-load-only-cond } } */
/* { dg-final { lkmm-stats warn 1 line 31 kind lkmm-load-only-ctrl } } */
