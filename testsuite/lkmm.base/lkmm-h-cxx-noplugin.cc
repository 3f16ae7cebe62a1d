// include/lkmm.h in C++ without the plugin (skipped without a matching g++).
// { dg-do assemble }
// { dg-lkmm-no-plugin "" }
// { dg-options "-O2 -std=c++11 -Wall -Wextra -pedantic" }
#include "../../include/lkmm.h"
#ifdef LKMM_PLUGIN_ACTIVE
#error "LKMM_PLUGIN_ACTIVE defined without the plugin"
#endif
int *gp __lkmm_addr_dep;
int flag __lkmm_ctrl_dep;
int y;
int f()
{
	int q = flag;
	if (ctrl_dep(q))
		y = 1;
	return *gp;
}
