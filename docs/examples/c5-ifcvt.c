/*
 * C5: plain stores under a marked condition are if-converted.
 *
 * With ctrl_dep(q) the author asks that the stores in the legs stay
 * behind a branch on q.  Without the plugin GCC turns the two plain
 * stores into a conditional select and one unconditional store.
 */
#include "kernel.h"

int a;
int b;

void c5(void)
{
	int q = READ_ONCE(a);

	if (ctrl_dep(q))
		b = 1;		/* must stay behind a branch on q */
	else
		b = 2;
}
