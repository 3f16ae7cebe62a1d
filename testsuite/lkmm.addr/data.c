/* Data dependencies: the stored value is computed from the head's
 * register.  Without the plugin GCC stores the constant it learned from
 * the comparison (43, 8). */
/* { dg-do compile } */
#include "rwonce.h"

int x, y, z;
int *gp;

void data42(void)
{
	int r = READ_ONCE(x);

	if (r == 42)
		WRITE_ONCE(y, r + 1);
}

void data_else(void)
{
	int r = READ_ONCE(x);

	if (r != 7)
		return;
	WRITE_ONCE(z, r + 1);
}

void data_atomic(void)
{
	int r = __atomic_load_n(&x, __ATOMIC_RELAXED);

	if (r == 42)
		__atomic_store_n(&y, r * 2, __ATOMIC_RELAXED);
}

/* { dg-final { lkmm-addr-dep data42 x -data y { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep data42 x -data y { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep data42 x -data y { target arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep data_else x -data z { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep data_else x -data z { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep data_else x -data z { target arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep data_atomic x -data y { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep data_atomic x -data y { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep data_atomic x -data y { target arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
