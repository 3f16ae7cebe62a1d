/*
 * A2: a pointer compared against a function's result.
 *
 * After "p == get_default()", RTL CSE uses the callee's return register
 * for p->a: the load depends on the call, not on the load of gp.
 */
#include "kernel.h"

struct cfg { int a, b; };
struct cfg *gp;
struct cfg *get_default(void);

int read_default(void)
{
	struct cfg *p = rcu_dereference(gp);

	if (p == get_default())
		return READ_ONCE(p->a);	/* must be loaded through p */
	return -1;
}
