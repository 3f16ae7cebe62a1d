/*
 * A5/C4: dependencies that the source itself cancels.
 *
 * table[i - i] is always table[0], and "(q & 0xff) < 256" is always true:
 * there is no dependency left for any compiler to keep.  The plugin cannot
 * keep them, so it warns instead of failing silently.  It warns by default
 * where the author marked the head (__lkmm_addr_dep, ctrl_dep()), as here;
 * for unmarked READ_ONCE()s only under -fplugin-arg-lkmm-warn=all.
 */
#include "kernel.h"

int table[16];
unsigned int cur;
int a, b;

int cancelled_addr(void)
{
	unsigned int i __lkmm_addr_dep = READ_ONCE(cur);

	return READ_ONCE(table[i - i]);		/* always table[0] */
}

void cancelled_ctrl(void)
{
	int q = READ_ONCE(a);

	if (ctrl_dep((q & 0xff) < 256))		/* always true */
		WRITE_ONCE(b, 1);
}
