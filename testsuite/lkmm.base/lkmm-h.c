/* include/lkmm.h with the plugin: clean under -Wall -Wextra -pedantic,
   LKMM_PLUGIN_ACTIVE defined, the markers usable.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -std=gnu11 -Wall -Wextra -pedantic " } */
#include "../../include/lkmm.h"
#ifndef LKMM_PLUGIN_ACTIVE
#error "LKMM_PLUGIN_ACTIVE not defined with the plugin loaded"
#endif
struct s { int *f __lkmm_addr_dep; };
int *gp __lkmm_addr_dep;
int flag __lkmm_ctrl_dep;
int y;
int *get(void) __lkmm_addr_dep;
int f(struct s *p)
{
	int q = flag;
	if (ctrl_dep(q))
		y = 1;
	return *gp + *p->f + *get();
}
