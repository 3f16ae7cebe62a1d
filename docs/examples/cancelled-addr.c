/*
 * A5: an address dependency that the source itself cancels.
 *
 * table[i - i] is always table[0]: there is no dependency left for any
 * compiler to keep.  The plugin cannot keep it, so it warns instead of
 * failing silently.  It warns by default where the author marked the head
 * (__lkmm_addr_dep, as here); for an unmarked READ_ONCE() only under
 * -fplugin-arg-lkmm-warn=all.
 */
#include "kernel.h"

int table[16];
unsigned int cur;

int cancelled_addr(void)
{
	unsigned int i __lkmm_addr_dep = READ_ONCE(cur);

	return READ_ONCE(table[i - i]);		/* always table[0] */
}
