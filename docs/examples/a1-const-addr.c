/*
 * A1: a pointer compared against a constant address.
 *
 * After "p == &default_cfg", GCC knows p's value and loads default_cfg.a
 * from a constant address: the load no longer depends on the one of gp,
 * so a weakly ordered CPU may read default_cfg.a before gp is read, and
 * see a value older than the one the publisher wrote before publishing.
 */
#include "kernel.h"

struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp;

int read_cfg(void)
{
	struct cfg *p = rcu_dereference(gp);

	if (p == &default_cfg)
		return READ_ONCE(p->a);	/* must be loaded through p */
	return 0;
}
