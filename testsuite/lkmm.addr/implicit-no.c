/* implicit=no: READ_ONCE() and relaxed atomics head nothing, so lkmm
 * leaves their (breakable) comparisons alone: the same code as without
 * the plugin. */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-implicit=no" } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo other;

int eq(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &other)
		return p->b;
	return 0;
}

int eq_relaxed(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_RELAXED);

	if (p == &other)
		return p->b;
	return 0;
}

/* { dg-final { lkmm-same-code } } */
