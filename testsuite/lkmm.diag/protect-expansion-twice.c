/* Reduced by hand from kick_process() (kernel/sched/core.c, ppc64le
   defconfig, warn=pedantic: lkmm-unprotected on cpu_curr(cpu)->curr in
   task_curr(), head READ_ONCE() in task_cpu(), issue 13; likely also
   try_to_wake_up(), find_lowest_rq() and find_later_rq()).  Kind b, a
   misjudgement of the verifier: task_cpu() is expanded twice, and the
   load of ->curr goes, in the machine code as in the source, through the
   second expansion (per_cpu_offset[] indexed by it).  On PowerPC combine
   merged that expansion's lwz with the sign extension after it into an
   lwa at the extension's locus, line 29, so the verifier saw no head
   there and checked per_cpu_offset[] against the first expansion, whose
   value only the comparison and resched() use.  A volatile load of what
   a head insn loads, through the same expression, now heads too
   (verify.c).  AArch64, Alpha and riscv64 were silent already.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64le*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct task { int x; int cpu; };
struct rq { long pad[351]; struct task *curr; };
extern long per_cpu_offset[];
extern struct rq runqueues;
#define cpu_rq(c)	((struct rq *)((char *)&runqueues + per_cpu_offset[c]))
void resched(int);
extern unsigned short this_cpu;

static inline int task_cpu(struct task *p)
{
	return READ_ONCE(p->cpu);	/* { dg-bogus "head load is here" "" } */
}

static inline int task_curr(struct task *p)
{
	return cpu_rq(task_cpu(p))->curr == p;	/* { dg-bogus "lkmm-unprotected" "kind b: the other expansion of the head" } */
}

void kick(struct task *p)
{
	int cpu = task_cpu(p);

	if (cpu != this_cpu && task_curr(p))
		resched(cpu);
}
