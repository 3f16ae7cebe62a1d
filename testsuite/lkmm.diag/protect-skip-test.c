/* Reduced by hand from rcu_accelerate_cbs_unlocked() (kernel/rcu/tree.c,
   Alpha SMP defconfig, warn=all: lkmm-unprotected on the store of
   arch_spin_unlock(), head c = rcu_seq_snap(&rcu_state.gp_seq), issue 13).
   Kind b, a misjudgement of the verifier: C's && skips the test of the
   head when the first operand is false (rdp->gpwrap set), so on that path
   the store after the if owes nothing to the head.  GCC duplicates the
   tail: the copy on the path that tested c follows its branch (kept), the
   copy on the path that skipped the test follows none, as the source
   says; the verifier called that copy broken.  The same on AArch64 and on ppc64le
   (rcu_accelerate_cbs_unlocked(), qspinlock's unlock store); on
   Alpha one copy of the store, after the join of the two paths (the tested
   one through beq, the skipping one through bne on wrap).  expect.c now
   marks such a control dependency (a path from the head reaches the leg
   without the branch on it) and the verifier calls it broken only on a
   path from the head that passes no branch at all (check-skip.c: the legs
   merged, the branches gone, still reported).  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* powerpc64le*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct rdp { unsigned char wrap; unsigned long needed; };
unsigned long seq;
int lock;
void accelerate(unsigned long);
void lock_and_work(void);

void accelerate_unlocked(struct rdp *rdp)
{
	unsigned long c = (READ_ONCE(seq) + 7) & ~3UL;	/* { dg-bogus "head load is here" "" } */

	if (!READ_ONCE(rdp->wrap) && (long)(rdp->needed - c) >= 0) {
		accelerate(c);
		return;
	}
	lock_and_work();
	WRITE_ONCE(lock, 0);	/* { dg-bogus "lkmm-unprotected" "kind b: a path that skips the head's test" } */
}
