/* Reduced by hand from set_cpus_allowed_dl() (kernel/sched/deadline.c,
   Alpha SMP defconfig, warn=all: lkmm-unprotected on the load of
   dl_b->total_bw in __dl_sub(), head READ_ONCE() in task_cpu(), issue 13;
   also task_non_contending() and inactive_task_timer()).  Kind b, a
   misjudgement of the verifier on Alpha: dl_b comes from the head through
   loads each followed by its mb, and stays in a callee-saved register
   across the calls; the accesses through it are ordered.  task_cpu() is
   expanded a second time, its value only an argument of cpus(); without
   that second expansion there is no warning, so the verifier tied the
   accesses to the second head, which no mb follows.  It now asks whether
   the load's address is raw, a value loaded since the last mb
   (verify-fence.c): $10 (dl_b) was loaded after the first head's mb's,
   the second head's value goes only to cpus().  AArch64 is silent.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct dl_bw { int lock; unsigned long total_bw; long extra; };
struct rd { unsigned long span; struct dl_bw dl_bw; };
struct rq { int cpu; struct rd *rd; };
struct ti { int cpu; };
struct task { struct ti *stack; unsigned long bw; };
extern long per_cpu_offset[];
extern struct rq runqueues;
#define cpu_rq(c)	((struct rq *)((char *)&runqueues + per_cpu_offset[c]))
void lock(int *);
int cpus(int);
void common(struct task *);

static inline int task_cpu(struct task *p)
{
	return READ_ONCE(p->stack->cpu);	/* { dg-bogus "head load is here" "" } */
}

static inline void dl_sub(struct dl_bw *b, unsigned long bw, int n)
{
	b->total_bw -= bw;	/* { dg-bogus "lkmm-unprotected" "kind b: the second expansion of the head" } */
	b->extra -= (long)bw / n;	/* { dg-bogus "lkmm-unprotected" "kind b: the second expansion of the head" } */
}

void set_allowed(struct task *p, unsigned long mask)
{
	struct rq *rq = cpu_rq(task_cpu(p));
	struct rd *rd = rq->rd;

	if (!(rd->span & mask)) {
		struct dl_bw *b = &cpu_rq(rq->cpu)->rd->dl_bw;

		lock(&b->lock);
		dl_sub(b, p->bw, cpus(task_cpu(p)));
	}
	common(p);
}
