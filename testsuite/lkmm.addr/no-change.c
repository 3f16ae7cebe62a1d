/* Nothing else changes: code with no dependency GCC could break (a null
 * test, a range test that leaves many values, a comparison whose value
 * feeds no access) compiles to the same instructions with the plugin. */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
int arr[16], n, x;
unsigned idx;
void f(void), g(void);

int null_test(void)
{
	struct foo *p = READ_ONCE(gp);

	if (!p)
		return 0;
	return p->a;
}

int in_range(void)
{
	int i = READ_ONCE(idx);

	if (i < n)
		return arr[i];
	return 0;
}

int below(void)
{
	unsigned i = READ_ONCE(idx);

	if (i < 8)
		return READ_ONCE(arr[i]);
	return -1;
}

void flag(void)
{
	if (READ_ONCE(x) == 42)
		f();
	else
		g();
}

int walk(void)
{
	int i, s = 0;

	for (i = 0; i < READ_ONCE(n); i++)
		s += arr[i & 15];
	return s;
}

/* Alpha differs by the mb that fences.c places (lkmm.alpha tests those). */
/* { dg-final { lkmm-same-code { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* x86_64-*-* } } } */
