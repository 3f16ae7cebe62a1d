/* Cancelled "dependencies" (p - p, r & 0, r * 0, x ^ x) cannot be kept;
 * lkmm must compile them without crashing (generic-checks.c warns about them). */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; };
struct foo *gp;
int arr[16];
unsigned idx;

int cancel(void)
{
	unsigned i = READ_ONCE(idx);
	struct foo *p = READ_ONCE(gp);

	return arr[i - i] + arr[i & 0] + arr[i * 0] + arr[i ^ i] +
	       (int)(p - p) + (i == 0 ? arr[i - i] : 0);
}

/* { dg-prune-output "warning:" } */
/* { dg-prune-output "note:" } */
