/*
 * Alpha: a dependent load needs an mb after its head.
 *
 * Alpha is the one CPU that may reorder a load after the load its address
 * came from.  The kernel's Alpha READ_ONCE() therefore emits an mb after
 * every READ_ONCE(), needed or not.  With the plugin, plain volatile loads
 * are enough: it puts an mb only where a dependent load follows the head.
 */
#include "kernel.h"

struct cfg { int a, b; };
struct cfg *gp;
int counter, flag;

int alpha_mb(void)
{
	struct cfg *p = rcu_dereference(gp);	/* head: p->a depends on it */
	int n = READ_ONCE(counter);		/* no dependent load: no mb */

	WRITE_ONCE(flag, n + 1);
	return READ_ONCE(p->a) + READ_ONCE(p->b);
}
