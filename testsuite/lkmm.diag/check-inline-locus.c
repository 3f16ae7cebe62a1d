/* The twin of protect-inline-locus.c: an inline helper's plain load
   expanded twice, once through the head (at(arr, i)), once through a
   value that is not derived from it (at(other, j), whose value has two
   users: it keeps the helper's locus, the dependent one takes its
   user's).  Here GCC itself breaks the dependent expansion (check mode,
   no protection; docs/breakages.md A3): under i == 0 it loads arr[0]
   from a constant address.  The verifier looks for the dependent access
   away from its locus too, since the other expansion is at it, but only
   an access through a head-derived register stands for it there: none
   is left, so the dependency is still reported broken.  */
/* Where GCC breaks it so; on PowerPC it keeps the dependency.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv64*-*-* arm*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check -fplugin-arg-lkmm-dump=rtl-lkmm_verify" } */
#include "diag.h"
int idx, arr[16], other[16];
void use(int);

static inline int at(const int *a, int i)
{
	return a[i];	/* { dg-warning "address dependency of this access on the head at line 25 was broken by optimization" } */
}

int input(int j)
{
	int i = READ_ONCE(idx);	/* { dg-message "head load is here" } */
	int x;

	use(0);		/* the other expansion after the head */
	x = at(other, j);
	use(x);
	use(x);
	if (i == 0)
		return at(arr, i) + 1;
	return 2;
}
/* { dg-final { scan-rtl-dump "plain load\\) of the access at line 20 on the head at line 25: broken$" lkmm_verify } } */
