/* What i == 5 teaches holds round the loop too: the next i is computed
 * from this one, so arr[i & 63] at the top of the next turn is a sink of
 * it (addr-dep.c, lkmm_killed_on: a phi whose argument on the back edge
 * is computed from what was learned keeps it).  The plugin of 7f2208c
 * ended the walk at the loop header and left the comparison alone.
 * GCC 12 does not thread this; the test checks the decision. */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-verbose" } */
#include "rwonce.h"

int arr[64];
unsigned xv;
int stop;
int r;

int iv_loop(void)
{
	unsigned i = READ_ONCE(xv);
	int s = 0;

	for (;;) {
		if (READ_ONCE(stop))
			break;
		s += READ_ONCE(arr[i & 63]);
		i++;
		if (i == 5)
			r = 1;
	}
	return s;
}

/* { dg-final { lkmm-compiler-output ".iv_loop. \\(early, aarch64\\): \[0-9\]+ heads, 0 explicit, 1 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".iv_loop. \\(late, aarch64\\): \[0-9\]+ heads, 0 explicit, 1 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-addr-dep iv_loop xv -allow {stop r} { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
