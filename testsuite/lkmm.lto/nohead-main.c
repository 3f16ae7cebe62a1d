/* A program with no head: lkmm in lto1 changes nothing.  GCC's
 * gcc.c-torture/execute/20000412-2.c, whose f() is made local by the
 * link; before, lto1 took every parameter of such a function as a head
 * and hid three comparisons. */
#include <stdlib.h>

int f(int a, int *y)
{
	int x = a;

	if (a == 0)
		return *y;
	return f(a - 1, &x);
}

int main(void)
{
	if (f(100, (int *)0) != 1)
		abort();
	exit(0);
}
