/*
 * A3: an index tested before it is used.
 *
 * After "i == 0", GCC loads table[0] from a constant address: the load
 * of the table slot no longer depends on the load of the index.
 */
#include "kernel.h"

int table[16];
unsigned int cur;

int read_slot(void)
{
	unsigned int i = READ_ONCE(cur);

	if (i == 0)
		return READ_ONCE(table[i]);	/* must be indexed by i */
	return -1;
}
