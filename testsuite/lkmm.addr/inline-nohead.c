/* Helpers whose parameters lkmm treats as heads (see inline-late.c), once
 * inlined where the argument is no head (a constant, a plain value),
 * compile as without the plugin: their hides are removed again. */
/* { dg-do compile } */
int arr[16];
struct foo { int a; int b; } other, *gp;

static inline int pick(unsigned i)
{
	if (i == 0)
		return arr[i];
	return arr[i + 1];
}

static int deref(struct foo *p, int dflt)
{
	if (p == &other)
		return p->b + dflt;
	return p->a * dflt;
}

int const_args(void)
{
	return pick(0) + pick(3) + deref(&other, 2);
}

int plain_args(unsigned i, struct foo *p)
{
	return pick(i) + deref(p, 5) + deref(gp, 7);
}

/* { dg-final { lkmm-same-code { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* x86_64-*-* } } } */
