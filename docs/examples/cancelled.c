/*
 * A5/C4: dependencies that the source itself cancels.
 *
 * table[i - i] is always table[0], and "(q & 0xff) < 256" is always true:
 * there is no dependency left for any compiler to keep.  The plugin cannot
 * keep them, so it warns instead of failing silently.
 */
#include "kernel.h"

int table[16];
unsigned int cur;
int a, b;

int cancelled_addr(void)
{
	unsigned int i = READ_ONCE(cur);

	return READ_ONCE(table[i - i]);		/* always table[0] */
}

void cancelled_ctrl(void)
{
	int q = READ_ONCE(a);

	if ((q & 0xff) < 256)			/* always true */
		WRITE_ONCE(b, 1);
}
