/*
 * C1: the same store in both legs is hoisted above the branch.
 *
 * memory-barriers.txt warns about exactly this: GCC moves the identical
 * WRITE_ONCE(b, 1) out of both legs, above the test of q, and the CPU may
 * then make the store visible before it has read a.
 */
#include "kernel.h"

int a, b;
void do_this(void);
void do_that(void);

void c1(void)
{
	int q = READ_ONCE(a);

	if (q) {
		WRITE_ONCE(b, 1);	/* must stay behind the branch on q */
		do_this();
	} else {
		WRITE_ONCE(b, 1);
		do_that();
	}
}
