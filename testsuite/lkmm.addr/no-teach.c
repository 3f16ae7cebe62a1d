/* Comparisons that teach GCC no single value of a head, left alone
 * (addr-dep.c): i != 5 leaves i open on its true edge; two names tested
 * against each other once each pin neither; and in the kernel's
 * atomic_inc_not_zero() loop, what old == 0 teaches of this old dies when
 * the loop reads the next one (lkmm_kill_blocks).  The plugin of b02cb15
 * hid the comparisons of ne_any and inc_not_zero. */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-verbose" } */
#include "rwonce.h"

struct pcp { int high; int low; int count; };
struct pcp gpcp;
int xv, yv;

void ne_any(void)
{
	int i = READ_ONCE(xv);

	if (i != 5)
		WRITE_ONCE(yv, i + 1);
}

int between(void)
{
	int lo = READ_ONCE(gpcp.low);

	if (lo < gpcp.high && lo > gpcp.count)
		WRITE_ONCE(yv, lo);
	return 0;
}

int inc_not_zero(int *v)
{
	int old = READ_ONCE(*v);

	do {
		int seen;

		if (old == 0)
			return 0;
		seen = __sync_val_compare_and_swap(v, old, old + 1);
		if (seen == old)
			break;
		old = seen;
	} while (1);
	return 1;
}

/* { dg-final { lkmm-compiler-output ".ne_any. \\(early, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".ne_any. \\(late, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".between. \\(early, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".between. \\(late, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".inc_not_zero. \\(early, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-compiler-output ".inc_not_zero. \\(late, aarch64\\): \[0-9\]+ heads, 0 explicit, 0 comparisons hidden" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-addr-dep ne_any xv -data yv { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep between gpcp -data yv { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
