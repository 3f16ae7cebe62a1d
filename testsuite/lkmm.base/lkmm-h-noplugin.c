/* include/lkmm.h without the plugin: clean, no LKMM_PLUGIN_ACTIVE, the
   markers vanish.  */
/* { dg-do assemble } */
/* { dg-lkmm-no-plugin "" } */
/* { dg-options "-O2 -std=c99 -Wall -Wextra -pedantic" } */
#include "../../include/lkmm.h"
#ifdef LKMM_PLUGIN_ACTIVE
#error "LKMM_PLUGIN_ACTIVE defined without the plugin"
#endif
struct s { int *f __lkmm_addr_dep; };
int *gp __lkmm_addr_dep;
int flag __lkmm_ctrl_dep;
int y;
int f(struct s *p)
{
	int q = flag;
	if (ctrl_dep(q))
		y = 1;
	return *gp + *p->f;
}
