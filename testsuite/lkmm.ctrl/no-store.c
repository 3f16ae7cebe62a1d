/* Branches that guard no store (loads only: hardware never orders
   load->load through a branch), and branches not on a head: untouched.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b, c, d;
int arr[16];

int loads(void)
{
	int q = READ_ONCE(a);

	if (q)
		return READ_ONCE(b);
	return READ_ONCE(c);
}

void not_head(int x)
{
	if (x)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
	if (d > 3)
		c = 1;
	else
		c = 2;
}

int sum(int n)
{
	int i, s = 0;

	for (i = 0; i < n && READ_ONCE(a); i++)
		s += arr[i & 15];
	return s;
}
/* { dg-final { lkmm-same-code } } */
