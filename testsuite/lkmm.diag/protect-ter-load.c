/* Reduced by hand from get_callchain_entry() (kernel/events/callchain.c,
   arm64 defconfig, warn=all: lkmm-unprotected on
   entries->cpu_entries[cpu], head entries = rcu_dereference(...), issue
   13); the same shape in ptr_ring.h's __ptr_ring_empty() (r->queue[...]),
   task_numa_fault() (p->numa_faults[...]) and wake_up_if_idle() (p->flags
   of is_idle_task(rq->curr)): 4 of the 32.  Kind b, a misjudgement of the
   verifier: GCC expands a plain load at its user's locus, so the load of
   ti->cpu (or r->queue, p->numa_faults, rq->curr) carries the locus of
   the dependent load, and the dependent load itself that of its user.
   The verifier took the first for the dependent load; the code loads
   cpu_entries[cpu] through the head's register.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct entries { int n; char *cpu_entries[]; };
struct entries *callchain_entries;
struct thread_info { unsigned long flags; int cpu; };
int entry_size;

char *get_entry(struct thread_info *ti, int rctx)
{
	struct entries *entries = rcu_dereference(callchain_entries);	/* { dg-bogus "head load is here" "" { xfail *-*-* } } */
	int cpu;

	if (!entries)
		return 0;
	cpu = ti->cpu;
	return entries->cpu_entries[cpu] + rctx * entry_size;	/* { dg-bogus "lkmm-unprotected" "kind b: another load at its locus" { xfail *-*-* } } */
}
