/* Static helpers that no caller passes a head compile as without the
 * plugin, inlined or not: their parameters are no heads (heads.c scans
 * the unit's calls). */
/* { dg-do compile } */
struct foo { int a; int b; } other, *gp;
int arr[16];

static __attribute__((noinline)) int deref(struct foo *p, int dflt)
{
	if (p == &other)
		return p->b + dflt;
	return p->a * dflt;
}

static int pick(unsigned i)
{
	if (i == 0)
		return arr[i] + arr[i + 2];
	if (i == 3)
		return arr[i] - arr[i + 5];
	return arr[i + 1];
}

int plain_args(unsigned i, struct foo *p)
{
	return deref(p, 5) + deref(gp, 7) + pick(i) + pick(i + 1);
}

/* { dg-final { lkmm-same-code { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* x86_64-*-* } } } */
