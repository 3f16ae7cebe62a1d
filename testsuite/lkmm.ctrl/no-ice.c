/* Never an ICE: switch with ranges, computed goto, asm goto, loops with
   several exits, infinite loops, setjmp, wide and float heads.  */
/* { dg-do compile } */
/* { dg-additional-options "-w" } */
/* { dg-prune-output "lkmm" } */
#include <setjmp.h>
#include "ctrl.h"
int a, b, c, d;
#ifdef __SIZEOF_INT128__
typedef __int128 wide_t; typedef unsigned __int128 uwide_t;
#else	/* 32-bit ARM: the widest integer it has */
typedef long long wide_t; typedef unsigned long long uwide_t;
#endif
wide_t big;
jmp_buf jb;
void f(void);
void g(void);

void cgoto(void)
{
	static void *tab[] = { &&l1, &&l2 };
	int q = READ_ONCE(a);

	goto *tab[q & 1];
l1:
	WRITE_ONCE(b, 1);
	return;
l2:
	WRITE_ONCE(b, 1);
}

#ifdef __aarch64__
void agoto(void)
{
	int q = READ_ONCE(a);

	asm goto("cbz %w0, %l1" :: "r"(q) :: lab);
	WRITE_ONCE(b, 1);
	return;
lab:
	WRITE_ONCE(b, 2);
}
#endif

void multi(void)
{
	int i;

	for (i = 0; i < 100; i++) {
		int q = READ_ONCE(a);

		if (q == 1) {
			WRITE_ONCE(b, i);
			break;
		}
		if (q == 2) {
			WRITE_ONCE(b, i);
			return;
		}
		if (q == 3)
			goto out;
		WRITE_ONCE(c, q);
	}
	WRITE_ONCE(d, 1);
out:
	WRITE_ONCE(d, 2);
}

void sj(void)
{
	int q = READ_ONCE(a);

	if (setjmp(jb))
		return;
	if (q) {
		WRITE_ONCE(b, 1);
		f();
	} else {
		WRITE_ONCE(b, 1);
		g();
	}
}

void sj2(void)
{
	if (setjmp(jb)) {
		int q = READ_ONCE(a);

		if (q)
			WRITE_ONCE(b, 1);
		else
			WRITE_ONCE(b, 1);
	}
	f();
}

void forever(void)
{
	for (;;) {
		int q = READ_ONCE(a);

		if (q)
			WRITE_ONCE(b, 1);
		else
			WRITE_ONCE(c, 1);
	}
}

void forever2(void)
{
	int q = READ_ONCE(a);

	if (q)
		for (;;)
			WRITE_ONCE(b, 1);
	WRITE_ONCE(b, 1);
}

long long rmw(void)
{
	long long q = __atomic_load_n((long long *)&big, __ATOMIC_RELAXED);

	if (q > 5)
		__atomic_fetch_add(&b, 1, __ATOMIC_RELAXED);
	else
		__atomic_exchange_n(&b, 3, __ATOMIC_RELAXED);
	if (q & 2)
		__atomic_compare_exchange_n(&c, &d, 1, 0, __ATOMIC_RELAXED,
					    __ATOMIC_RELAXED);
	__sync_fetch_and_or(&d, q > 1 ? 4 : 8);
	return q;
}

void wide(void)
{
	wide_t q = READ_ONCE(big);

	if (q)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

void flt(void)
{
	double x = *(volatile double *)&big;

	if (x > 1.0)
		WRITE_ONCE(b, 1);
	else
		WRITE_ONCE(b, 1);
}

void explicit_loop(int *p, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		int q __lkmm_ctrl_dep = p[i];

		if (q)
			p[i + 1] = 0;
		else if (i > 4)
			break;
	}
}
/* { dg-final { lkmm-ctrl-dep sj a b } } */
/* { dg-final { lkmm-ctrl-dep sj2 a b } } */
/* { dg-final { lkmm-ctrl-dep multi a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep sj a b { target powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep sj2 a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
