/* A3: an index tested for a single value: i == 0, unsigned i < 1,
 * i <= 0, (seq & 1) known after a test, two range tests that leave one
 * value, a switch case.  Without the plugin GCC reads arr[0] (or arr[3])
 * from a constant address. */
/* { dg-do compile } */
#include "rwonce.h"

int arr[16];
unsigned idx;
int sidx;

int eq0(void)
{
	unsigned i = READ_ONCE(idx);

	if (i == 0)
		return READ_ONCE(arr[i]);
	return -1;
}

int ult1(void)
{
	unsigned i = READ_ONCE(idx);

	if (i < 1)
		return READ_ONCE(arr[i]) + 1;
	return -1;
}

int sle0(void)
{
	unsigned i = READ_ONCE(idx);

	if (i <= 0)
		return READ_ONCE(arr[i]) + 2;
	return -2;
}

int seq_even(void)
{
	unsigned s = READ_ONCE(idx);

	if (s & 1)
		return -3;
	return READ_ONCE(arr[s & 1]);
}

int two_ranges(void)
{
	int i = READ_ONCE(sidx);

	if (i > 2 && i < 4)
		return READ_ONCE(arr[i]);
	return -4;
}

int eq3(void)
{
	int i = READ_ONCE(sidx);

	if (i != 3)
		return -5;
	return READ_ONCE(arr[i]);
}

int sw(void)
{
	unsigned i = READ_ONCE(idx);

	switch (i) {
	case 5:
		return READ_ONCE(arr[i]);
	case 9:
		return READ_ONCE(arr[i]) * 3;
	default:
		return 0;
	}
}

/* { dg-final { lkmm-addr-dep eq0 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq0 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep ult1 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep ult1 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep sle0 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep sle0 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep seq_even idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep seq_even idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep two_ranges sidx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep two_ranges sidx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep eq3 sidx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep eq3 sidx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep sw idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep sw idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
