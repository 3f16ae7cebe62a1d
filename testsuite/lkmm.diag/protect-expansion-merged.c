/* Reduced by hand from find_lowest_rq() (kernel/sched/rt.c, ppc64le
   defconfig, warn=all: lkmm-unprotected on &task_rq(task)->rd->cpupri at
   both calls, head READ_ONCE() in task_cpu(), issue 13).  Kind b, a
   misjudgement of the verifier: task_cpu() is expanded in both arms of
   the if, and GCC merged the two loads into one before the branch, with
   the arms' locus and, as merge_memattrs() does for MEMs of different
   expressions, no MEM_EXPR; the accesses go through it, in the code as in
   the source.  protect-expansion-twice.c's fix knew another load of the
   head's place by its MEM_EXPR only; without one, by its address and
   alias set.  Reduced and checked on powerpc64le, where the kernel build
   warned.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64le*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct thread_info { unsigned int flags; unsigned int cpu; };
struct task { struct thread_info thread_info; int nr_cpus_allowed; };
#define task_thread_info(t)	(&(t)->thread_info)
struct root_domain { long pad[178]; int cpupri; };
struct rq { long pad[376]; struct root_domain *rd; };
extern unsigned long per_cpu_offset[];
extern struct rq runqueues;
#define cpu_rq(c)	((struct rq *)((char *)&runqueues + per_cpu_offset[c]))
int cpupri_find(int *cp, struct task *p);
int cpupri_find_fitness(int *cp, struct task *p, int (*fits)(struct task *, int));
int fits_capacity(struct task *, int);
extern int asym_active;

static inline unsigned int task_cpu(const struct task *p)
{
	return READ_ONCE(task_thread_info(p)->cpu);	/* { dg-bogus "head load is here" "" } */
}

int find_lowest_rq(struct task *task)
{
	int cpu = task_cpu(task);
	int ret;

	if (task->nr_cpus_allowed == 1)
		return -1;
	if (READ_ONCE(asym_active))
		ret = cpupri_find_fitness(&cpu_rq(task_cpu(task))->rd->cpupri, task, fits_capacity);	/* { dg-bogus "lkmm-unprotected" "kind b: merged without MEM_EXPR" } */
	else
		ret = cpupri_find(&cpu_rq(task_cpu(task))->rd->cpupri, task);	/* { dg-bogus "lkmm-unprotected" "kind b: merged without MEM_EXPR" } */
	if (!ret)
		return -1;
	return cpu;
}
