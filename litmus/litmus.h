/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * litmus.h - the kernel primitives a C litmus test uses, defined as the
 * kernel defines them for each architecture (include/asm-generic/rwonce.h,
 * arch/{arm64,riscv,powerpc}/include/asm/barrier.h), so that a thread
 * compiled by scripts/litmus-check is the code the kernel would run.
 *
 * Accesses the lifter does not translate (locks, atomic RMW, grace
 * periods) are not defined here: a test that uses them fails to compile
 * and is reported "not lifted".
 */
#ifndef LITMUS_H
#define LITMUS_H

#include "../include/lkmm.h"

#define READ_ONCE(x)		(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
#define barrier()		__asm__ __volatile__("" ::: "memory")

#if defined(__aarch64__)
# define smp_mb()		__asm__ __volatile__("dmb ish" ::: "memory")
# define smp_rmb()		__asm__ __volatile__("dmb ishld" ::: "memory")
# define smp_wmb()		__asm__ __volatile__("dmb ishst" ::: "memory")
/* arm64's __smp_load_acquire / __smp_store_release: ldar and stlr. */
# define smp_load_acquire(p)	__atomic_load_n((p), __ATOMIC_ACQUIRE)
# define smp_store_release(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#elif defined(__riscv)
# define smp_mb()		__asm__ __volatile__("fence rw,rw" ::: "memory")
# define smp_rmb()		__asm__ __volatile__("fence r,r" ::: "memory")
# define smp_wmb()		__asm__ __volatile__("fence w,w" ::: "memory")
# define LITMUS_ACQUIRE_FENCE	"fence r,rw"
# define LITMUS_RELEASE_FENCE	"fence rw,w"
#elif defined(__powerpc64__)
# define smp_mb()		__asm__ __volatile__("sync" ::: "memory")
# define smp_rmb()		__asm__ __volatile__("lwsync" ::: "memory")
# define smp_wmb()		__asm__ __volatile__("lwsync" ::: "memory")
# define LITMUS_ACQUIRE_FENCE	"lwsync"
# define LITMUS_RELEASE_FENCE	"lwsync"
#else
# error "litmus.h: no kernel barriers for this architecture"
#endif

#ifdef LITMUS_ACQUIRE_FENCE
/* riscv's and powerpc's asm/barrier.h: a plain access, and a fence after
   it (acquire) or before it (release). */
# define smp_load_acquire(p) __extension__ ({				\
	__typeof__(*(p)) ___v = READ_ONCE(*(p));			\
	__asm__ __volatile__(LITMUS_ACQUIRE_FENCE ::: "memory");	\
	___v; })
# define smp_store_release(p, v) do {					\
	__asm__ __volatile__(LITMUS_RELEASE_FENCE ::: "memory");	\
	WRITE_ONCE(*(p), (v)); } while (0)
#endif

#define rcu_dereference(p)	READ_ONCE(p)
#define rcu_assign_pointer(p, v) smp_store_release(&(p), (v))
/* Without synchronize_rcu() a read-side section orders nothing. */
#define rcu_read_lock()		barrier()
#define rcu_read_unlock()	barrier()

/* A register the test's final condition reads: name the machine register
   that holds it at the thread's end, for the lifter. */
#if defined(__aarch64__)
# define LITMUS_COMMENT		"//"
#else
# define LITMUS_COMMENT		"#"	/* the assembler reads it in an LTO build */
#endif
#define LITMUS_OUT(r)	__asm__ __volatile__(LITMUS_COMMENT " litmus-out " #r " %0" :: "r"(r))

#endif /* LITMUS_H */
