/* The kernel's accessors, as the lkmm.diag tests use them. */
#include <lkmm.h>
#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
#define barrier()	__asm__ __volatile__("" ::: "memory")
#define smp_rmb()	__atomic_thread_fence(__ATOMIC_ACQ_REL)
#define smp_wmb()	__atomic_thread_fence(__ATOMIC_ACQ_REL)
#define smp_load_acquire(p)	__atomic_load_n((p), __ATOMIC_ACQUIRE)
#define smp_store_release(p, v)	__atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define rcu_dereference(p)	READ_ONCE(p)
#define noinline	__attribute__((noinline))
