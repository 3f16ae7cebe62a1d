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

/* { dg-final { lkmm-addr-dep cmp_const gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep cmp_zero cur -allow flag { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-no-longer cmp_const { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* On RISC-V the opaque copy of cmp_zero's head survives as mv + sext.w
   (two instructions more at -O2 -O3 -Os): not free there yet. */
/* { dg-final { lkmm-no-longer cmp_zero { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } } */
