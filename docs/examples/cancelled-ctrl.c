/*
 * C4: a control dependency that the source itself cancels.
 *
 * "(q & 0xff) < 256" is always true: no branch exists, in any compiler,
 * to order the store after the load of a.  The plugin warns: by default
 * under ctrl_dep() or another marker, as here; for an unmarked READ_ONCE()
 * only under -fplugin-arg-lkmm-warn=all.
 */
#include "kernel.h"

int a, b;

void cancelled_ctrl(void)
{
	int q = READ_ONCE(a);

	if (ctrl_dep((q & 0xff) < 256))		/* always true */
		WRITE_ONCE(b, 1);
}
