/* Reduced by hand from guarantee_online_cpus() and cpuset_mems_allowed()
   (kernel/cgroup/cpuset.c, riscv64 defconfig, warn=all: lkmm-unprotected
   on *src1 in bitmap_intersects(), head rcu_dereference() in
   task_css_check(), issue 13).  Kind b, a misjudgement of the verifier:
   the walk up the parents loads cs->css.parent through cs, so on the
   path round the loop cs comes from a plain load whose address depends on
   the head; GCC peels the first test, and both loads of effective_cpus go
   through registers that the head's chain of loads gives them.  The
   verifier called the loop's load broken (a plain load's value carried no
   dependency for it); the verifier of main at eeef98e (after the by-line
   fix of protect-cse-load.c, not bisected) is silent on AArch64 and
   riscv64 too.  The asm holds the chain: ldr x2,[x0,8] through
   the head's x0, then ldr x0,[x2,8] and, round the loop, ldr x2,[x2] and
   ldr x0,[x2,8].  (There *a's MEM has no MEM_EXPR, so that load at line
   32 is not checked on those two; Alpha checks and keeps it.)  */
/* { dg-do compile { target aarch64*-*-* riscv64*-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct css { struct css *parent; };
struct cpuset { struct css css; unsigned long effective_cpus[1]; };
struct css_set { struct css *subsys[4]; };
struct task { struct css_set *cgroups; };

static inline struct cpuset *css_cs(struct css *css)
{
	return css ? (struct cpuset *)css : 0;
}

static inline struct cpuset *task_cs(struct task *t)
{
	return css_cs(rcu_dereference(t->cgroups)->subsys[1]);	/* { dg-bogus "head load is here" "" } */
}

static inline int intersects(const unsigned long *a, const unsigned long *b)
{
	return (*a & *b) != 0;	/* { dg-bogus "lkmm-unprotected" "kind b: a parent loaded through the head's chain" } */
}

void online_cpus(struct task *t, unsigned long *pmask)
{
	struct cpuset *cs = task_cs(t);

	while (!intersects(cs->effective_cpus, pmask))
		cs = css_cs(cs->css.parent);
	*pmask &= cs->effective_cpus[0];
}
