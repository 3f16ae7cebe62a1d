/* Reduced by hand from select_task_rq_rt() (kernel/sched/rt.c, arm64
   defconfig, warn=all: lkmm-unprotected on curr->prio, head curr =
   READ_ONCE(rq->curr), issue 13), 1 of the 32.  Kind b, a misjudgement
   of the verifier: GCC loads curr->prio once, in rt_task(curr), through
   the head's register, and uses the value again for curr->prio <=
   p->prio.  No insn stands for that load at its locus, so the verifier
   looked on its line for a load of the same field and found p->prio's,
   which does not depend on the head.  From the insns alone, a load GCC
   merged with an earlier one cannot be told from one whose address GCC
   replaced, but p->prio is another statement's load, through another
   variable (its MEM_EXPR says p): expect.c records it, and the verifier
   does not take its insn for curr->prio's.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct task { int prio; int nr_cpus_allowed; };
struct rq { struct task *curr; };

static inline int rt_prio(int prio)
{
	return prio < 100;
}

static inline int rt_task(struct task *p)
{
	return rt_prio(p->prio);
}

int select_rt(struct rq *rq, struct task *p)
{
	struct task *curr = READ_ONCE(rq->curr);	/* { dg-bogus "head load is here" } */

	return curr && rt_task(curr) &&
	       (curr->nr_cpus_allowed < 2 || curr->prio <= p->prio);	/* { dg-bogus "lkmm-unprotected" "kind b: merged with an earlier load" } */
}
