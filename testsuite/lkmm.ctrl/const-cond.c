/* docs/breakages.md C4: the condition does not depend on the head after folding
   (q % 1, q || 1, (q & 0xff) < 256): no branch exists, nothing to keep;
   the plugin leaves the code alone (generic-checks.c warns).  */
/* { dg-do compile } */
/* { dg-additional-options "-w" } */
/* { dg-prune-output "lkmm" } */
#include "ctrl.h"
int a, b;

void k1(void)
{
	int q = READ_ONCE(a);

	if (q % 1)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 2);
}

void k2(void)
{
	int q = READ_ONCE(a);

	if (q || 1)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 2);
}

void k3(void)
{
	int q = READ_ONCE(a);

	if ((q & 0xff) < 256)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 2);
}
/* { dg-final { lkmm-same-code } } */
