/* Relaxed atomics: a relaxed load heads, relaxed stores and RMWs in the
   legs are guarded.  */
/* { dg-do compile } */
#include "ctrl.h"
int a, b;
void f(void);
void g(void);

void rlx_store(void)
{
	int q = __atomic_load_n(&a, __ATOMIC_RELAXED);

	if (q)
		__atomic_store_n(&b, 1, __ATOMIC_RELAXED);
	else
		__atomic_store_n(&b, 1, __ATOMIC_RELAXED);
}

void rlx_calls(void)
{
	int q = __atomic_load_n(&a, __ATOMIC_RELAXED);

	if (q) {
		__atomic_store_n(&b, 1, __ATOMIC_RELAXED);
		f();
	} else {
		__atomic_store_n(&b, 1, __ATOMIC_RELAXED);
		g();
	}
}

int rlx_rmw(void)
{
	int q = __atomic_load_n(&a, __ATOMIC_RELAXED);

	if (q > 3)
		__atomic_fetch_add(&b, 1, __ATOMIC_RELAXED);
	else
		__atomic_fetch_add(&b, 1, __ATOMIC_RELAXED);
	return q;
}
/* { dg-final { lkmm-ctrl-dep rlx_store a b } } */
/* { dg-final { lkmm-ctrl-dep rlx_calls a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep rlx_store a b } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep rlx_calls a b { target powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-Os} lkmm-ctrl-dep rlx_calls a b { target arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
