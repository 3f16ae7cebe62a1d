/*
 * C2: legs that are identical are merged until the branch disappears.
 *
 * barrier() in each leg does not help: GCC merges the two legs (their asm
 * strings are equal), and with no branch left the store is ordered after
 * nothing.
 */
#include "kernel.h"

int a, b;
void do_other(void);

void c2(void)
{
	int q = READ_ONCE(a);

	if (q) {
		barrier();
		WRITE_ONCE(b, 1);	/* must stay behind a branch on q */
	} else {
		barrier();
		WRITE_ONCE(b, 1);
	}
	do_other();
}
