/*
 * A4: an RCU list walk that ends on the list head.
 *
 * The loop leaves when pos == &head; GCC then reads head.prev from a
 * constant address instead of through the cursor it loaded last.
 */
#include "kernel.h"

struct list_head head;

struct list_head *walk_to_end(int *count)
{
	struct list_head *pos;
	int n = 0;

	for (pos = rcu_dereference(head.next); pos != &head;
	     pos = rcu_dereference(pos->next))
		n++;
	*count = n;
	/* pos is &head here: its prev must still be read through pos */
	return READ_ONCE(pos->prev);
}
