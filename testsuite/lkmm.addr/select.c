/* A select (x = c ? a : b, or the phi of an if that only picks a value)
 * lets GCC put what c teaches only into the arm where c holds.
 * count ? count : -2 teaches count == 0 where it returns -2: nothing to
 * hide (the plugin of 491f550 hid it).  In sel_arm the arm where i == 5
 * holds uses i: without the plugin GCC 12 reads arr[5] at a constant
 * address (add x, x, 84 before the csel); with it, the comparison is
 * hidden (addr-dep.c, lkmm_select_reaches_sink, lkmm_killed_on).  The
 * checkers want a dependency on every path, which the else arm's arr[0]
 * has not, so the test checks the decisions. */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-verbose" } */
#include "rwonce.h"

unsigned long lens[8];
int arr[16];
int xv;

unsigned long sel_count(void)
{
	unsigned long count = 0;
	int j;

	for (j = 0; j < 8; j++)
		count += READ_ONCE(lens[j]);
	return count ? count : -2UL;
}

int sel_arm(void)
{
	int i = READ_ONCE(xv);
	int *p = (i == 5) ? &arr[i] : &arr[0];

	return READ_ONCE(*p);
}

/* { dg-final { lkmm-compiler-output ".sel_count. \\(late, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".sel_arm. \\(late, aarch64\\): \[0-9\]+ heads, 0 explicit, 1 comparisons hidden" { target aarch64*-*-* } } } */
