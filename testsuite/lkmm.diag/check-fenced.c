/* A fence that orders the head before every later access makes a
   dependency unneeded: Power's smp_load_acquire() is READ_ONCE() and
   lwsync (i_size_read() in shmem_unused_huge_shrink(), mm/shmem.c,
   ppc64le defconfig, warn=all: lkmm-unprotected on the stores of
   list_del_init() and spin_unlock(), issue 13), rcu_seq_snap() is
   READ_ONCE() and smp_mb() (rcu_accelerate_cbs_unlocked()).  The verifier
   took the fence for nothing and checked the dependency.  Check mode (GCC
   breaks the dependency, the plugin only reports) shows it: the shapes of
   check-addr.c (a1) and check-ctrl.c (c2), reported there without a
   fence, are silent here with the target's.  The fences are those arch.c
   knows; a store-only one (dmb ishst on ARM; elsewhere no fence at all)
   orders nothing here.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check" } */
#include "diag.h"
#if defined(__powerpc__)
#define smp_acquire_fence()	__asm__ __volatile__("lwsync" ::: "memory")
#define smp_mb()		__asm__ __volatile__("sync" ::: "memory")
#elif defined(__riscv)
#define smp_acquire_fence()	__asm__ __volatile__("fence r,rw" ::: "memory")
#define smp_mb()		__asm__ __volatile__("fence rw,rw" ::: "memory")
#else
#define smp_acquire_fence()	__asm__ __volatile__("dmb ishld" ::: "memory")
#define smp_mb()		__asm__ __volatile__("dmb ish" ::: "memory")
#endif
#if defined(__aarch64__) || defined(__arm__)
#define smp_wmb_only()		__asm__ __volatile__("dmb ishst" ::: "memory")
#else
#define smp_wmb_only()		barrier()
#endif

struct cfg { int a, b; };
struct cfg default_cfg;
struct cfg *gp;

int addr_acquire(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-bogus "head load is here" } */

	smp_acquire_fence();
	if (p == &default_cfg)
		return READ_ONCE(p->a);	/* { dg-bogus "lkmm-unprotected" "lwsync, dmb ishld, fence r,rw" } */
	return 0;
}

int addr_store_fence(void)
{
	struct cfg *p = rcu_dereference(gp);	/* { dg-message "head load is here" } */

	smp_wmb_only();
	if (p == &default_cfg)
		return READ_ONCE(p->a);	/* { dg-warning "address dependency of this access on the head at line 49 was broken" "a store-only fence" } */
	return 0;
}

int a, b;
void f(void);

void ctrl_mb(void)
{
	int q = READ_ONCE(a);	/* { dg-bogus "head load is here" } */

	smp_mb();
	if (q) {
		barrier();
		WRITE_ONCE(b, 1);
	} else {
		barrier();
		WRITE_ONCE(b, 1);	/* { dg-bogus "lkmm-unprotected" "sync, dmb ish, fence rw,rw" } */
	}
	f();
}
