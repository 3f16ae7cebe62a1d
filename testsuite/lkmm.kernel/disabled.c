/* $(DISABLE_LKMM_PLUGIN): the plugin stays loaded, LKMM_PLUGIN goes, and
   the markers are defined away, so nothing is said.  */
/* { dg-do compile } */
/* { dg-additional-options "-ULKMM_PLUGIN -fplugin-arg-lkmm_plugin-disable" } */
#include "kernel.h"
#ifdef LKMM_PLUGIN_ACTIVE
#error "the markers must be defined away without LKMM_PLUGIN"
#endif
int x, y;

void folded(void)
{
	int a = READ_ONCE(x);

	if (ctrl_dep(a & 0))
		WRITE_ONCE(y, 1);
}
