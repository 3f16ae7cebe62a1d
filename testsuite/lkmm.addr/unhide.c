/* Comparisons made on an opaque copy cost no register move: once no pass
 * learns from branches any more (after block reordering), unhide.c lets
 * the comparison read the loaded register again.  Each function keeps its
 * dependency and is no longer than without the plugin. */
/* { dg-do compile } */
/* At -O1 the asm, gone only after register allocation, still keeps an
 * adrp from being shared before it: one instruction more there. */
/* { dg-skip-if "" { *-*-* } { "-O1" } } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp;
struct foo other;
unsigned cur;
int table[16], flag;

int cmp_const(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &other)
		return READ_ONCE(p->a) + 7;
	return 0;
}

int cmp_zero(void)
{
	unsigned i = READ_ONCE(cur);

	if (i == 0)		/* a compare-and-branch: cbnz */
		WRITE_ONCE(flag, 1);
	return READ_ONCE(table[i & 15]);
}

/* A value narrower than a register lives extended in it on RISC-V and
 * 64-bit PowerPC: the copy takes the whole register, so no sext.w or
 * extsw follows it (unhide.c, lkmm_widen_one), and on PowerPC the copy
 * of a char read by its zero-extension goes too. */
int sidx;
unsigned char cidx;
signed char scidx;
unsigned short hidx;

int cmp_int(void)
{
	int i = READ_ONCE(sidx);

	if (i == 5)
		WRITE_ONCE(flag, 1);
	return READ_ONCE(table[i & 15]);
}

int cmp_uchar(void)
{
	unsigned char c = READ_ONCE(cidx);

	if (c == 0)
		WRITE_ONCE(flag, 2);
	return READ_ONCE(table[c & 15]);
}

int cmp_schar(void)
{
	signed char c = READ_ONCE(scidx);

	if (c == 0)
		WRITE_ONCE(flag, 3);
	return READ_ONCE(table[c & 15]);
}

int cmp_ushort(void)
{
	unsigned short c = READ_ONCE(hidx);

	if (c == 7)
		WRITE_ONCE(flag, 4);
	return READ_ONCE(table[c & 15]);
}

/* Two comparisons on the same copy: both read the loaded register again,
 * the second in the block the first branch falls into. */
int two_cmps(void)
{
	int i = READ_ONCE(sidx);

	if (i == 3)
		WRITE_ONCE(flag, 1);
	else if (i == 7)
		WRITE_ONCE(flag, 2);
	return READ_ONCE(table[i & 15]);
}

/* { dg-final { lkmm-addr-dep cmp_const gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep cmp_zero cur -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep cmp_int sidx -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep cmp_uchar cidx -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep cmp_schar scidx -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep cmp_ushort hidx -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep two_cmps sidx -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-no-longer two_cmps { target aarch64*-*-* riscv64*-*-* } } } */
/* { dg-final { lkmm-no-longer cmp_const cmp_zero cmp_int cmp_uchar cmp_schar cmp_ushort { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-addr-dep cmp_const gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
