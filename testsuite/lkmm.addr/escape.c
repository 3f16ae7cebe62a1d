/* A head whose value leaves the function (an out-of-line call, a store,
 * an asm) keeps its dependencies up to that point, and the value passed
 * on is the loaded register, not the constant GCC learned.  (to_asm is
 * compiled, not checked: the checker does not parse #APP blocks yet.) */
/* { dg-do compile } */
#include "rwonce.h"

struct foo { int a; int b; };
struct foo *gp, *saved;
struct foo other;
int r;
void sink(struct foo *);

void to_call(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &other) {
		WRITE_ONCE(r, READ_ONCE(p->b));
		sink(p);
	}
}

void to_store(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &other) {
		WRITE_ONCE(r, READ_ONCE(p->b));
		WRITE_ONCE(saved, p);
	}
}

void to_asm(void)
{
	struct foo *p = READ_ONCE(gp);

	if (p == &other) {
		WRITE_ONCE(r, READ_ONCE(p->b));
		__asm__ volatile("# %0" :: "r"(p));
	}
}

/* { dg-final { lkmm-addr-dep to_call gp -allow r { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep to_call gp -allow r { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep to_store gp -allow r -data saved { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep to_store gp -allow r -data saved { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
