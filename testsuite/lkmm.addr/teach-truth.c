/* A comparison computed into a truth value (a bool, through
 * __builtin_expect or !) teaches GCC where a branch tests that value;
 * (v & 1) != 0 teaches on both edges, since v & 1 holds one of two
 * values.  Without the plugin GCC reads static_p/other from their
 * constant addresses and stores constants; with it, the dependencies
 * stay (addr-dep.c, lkmm_truth_reaches_sink, lkmm_two_valued). */
/* { dg-do compile } */
#include <stdbool.h>
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
static struct foo static_p;
struct foo other;
unsigned xv, yv;
int r;

int truth_eq(void)
{
	struct foo *p = READ_ONCE(gp);
	bool is = p == &static_p;

	if (__builtin_expect(is, 1))
		return READ_ONCE(p->a);
	return 0;
}

int truth_not(void)
{
	struct foo *p = READ_ONCE(gp);
	bool ne = p != &other;

	if (!ne)
		return READ_ONCE(p->b);
	return -1;
}

void bit_data(void)
{
	unsigned v = READ_ONCE(xv);
	unsigned b = v & 1;

	if (b != 0)
		WRITE_ONCE(yv, b);
}

void bit_data_else(void)
{
	unsigned v = READ_ONCE(xv);
	unsigned b = v & 1;

	if (b != 0)
		r++;
	else
		WRITE_ONCE(yv, b + 4);
}

/* { dg-final { lkmm-addr-dep truth_eq gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep truth_not gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep bit_data xv -data yv { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep bit_data_else xv -allow {r} -data yv { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep truth_eq gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep bit_data xv -data yv { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep bit_data xv -data yv { target arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep bit_data_else xv -allow r -data yv { target arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep bit_data_else xv -allow r -data yv { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep truth_not gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
