/* Reduced by hand from guarantee_online_cpus() and cpuset_mems_allowed()
   (kernel/cgroup/cpuset.c, riscv64 defconfig, warn=all: lkmm-unprotected
   on *src1 in bitmap_intersects(), head rcu_dereference() in
   task_css_check(), issue 13).  Kind b, a misjudgement of the verifier:
   the walk up the parents loads cs->css.parent through cs, so on the
   path round the loop cs comes from a plain load whose address depends on
   the head; GCC peels the first test, and both loads of effective_cpus go
   through registers that the head's chain of loads gives them.  The
   verifier calls the loop's load broken (a plain load's value carries no
   dependency for it).  Not fixed here (verify.c belongs to the verifier's
   owner).  The same on AArch64; Alpha (fences) is silent.  */
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
	return css_cs(rcu_dereference(t->cgroups)->subsys[1]);	/* { dg-bogus "head load is here" "" { xfail aarch64*-*-* riscv64*-*-* } } */
}

static inline int intersects(const unsigned long *a, const unsigned long *b)
{
	return (*a & *b) != 0;	/* { dg-bogus "lkmm-unprotected" "kind b: a parent loaded through the head's chain" { xfail aarch64*-*-* riscv64*-*-* } } */
}

void online_cpus(struct task *t, unsigned long *pmask)
{
	struct cpuset *cs = task_cs(t);

	while (!intersects(cs->effective_cpus, pmask))
		cs = css_cs(cs->css.parent);
	*pmask &= cs->effective_cpus[0];
}
