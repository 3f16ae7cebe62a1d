/* Without -fplugin-arg-lkmm-warn=all, the unmarked kernel idioms (READ_ONCE())
   draw no warning (warn-all.c: the same code with it, warned).  Real
   kernel code is full of READ_ONCE()s whose ordering nobody relies on.  */
/* { dg-do compile } */

#include "diag.h"
int a, b, c, idx, arr[16];

void cond_local(void)
{
	int q = READ_ONCE(a);

	if (q % 1)
		WRITE_ONCE(b, 1);
}

void cond_direct(void)
{
	if (READ_ONCE(a) % 1)
		WRITE_ONCE(b, 1);
}

void index_local(void)
{
	int r = READ_ONCE(idx);

	WRITE_ONCE(c, arr[r & 0]);
}

void index_direct(void)
{
	WRITE_ONCE(c, READ_ONCE(arr[READ_ONCE(idx) & 0]));
}

int load_only(void)
{
	int q = READ_ONCE(a);

	if (q)
		return READ_ONCE(b);
	return 0;
}

void range_unmarked(void)
{
	unsigned int q = READ_ONCE(a) & 0xff;

	if (q < 256)
		WRITE_ONCE(b, 1);
}
