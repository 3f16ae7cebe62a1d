/* Reduced by hand from worker_thread() (kernel/workqueue.c, Alpha SMP
   defconfig, warn=all: lkmm-unprotected, the control dependency of a
   store at time_before(jiffies, end) on the read of jiffies there, with
   a verifier that took every volatile load of what a head loads, through
   the same expression, for the head: issue 13).  jiffies is read twice,
   for end and in the loop's test; typecheck()'s volatile __dummy2, which
   the kernel's -ftrivial-auto-var-init=zero stores to (here an initializer,
   for GCC 11), sits in the loop's leg.  The
   first read, taken for the head, started a path that reaches that store
   passing no branch on it.  Such a load of the head's place (kept for
   protect-expansion-twice.c, where combine gave the head's load another
   locus) starts no path now: what it loads is only counted as derived on
   a path from the head.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
extern volatile unsigned long jiffies;
#define typecheck(type, x) \
({	type __dummy; \
	__typeof__(x) __dummy2 = 0; \
	(void)(&__dummy == &__dummy2); \
	1; \
})
#define time_after(a, b)	(typecheck(unsigned long, a) && \
				 typecheck(unsigned long, b) && \
				 ((long)((b) - (a)) < 0))
#define time_before(a, b)	time_after(b, a)
struct pool { int nr_running; int pending; };
int assign_work(struct pool *pool);
void process(struct pool *pool);

void worker_thread(struct pool *pool)
{
	unsigned long end = jiffies + 10;
	int nr_restarts = 10;

	do {
		if (assign_work(pool))
			process(pool);
	} while (READ_ONCE(pool->pending) && --nr_restarts &&
		 time_before(jiffies, end));	/* { dg-bogus "lkmm-unprotected" "another read of jiffies" } */
	WRITE_ONCE(pool->nr_running, 0);
}
