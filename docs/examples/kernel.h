/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * kernel.h - the few kernel idioms the examples use, as the kernel defines
 * them (include/asm-generic/rwonce.h, include/linux/compiler.h,
 * include/linux/list.h), so that each example compiles on its own.
 */
#ifndef EXAMPLES_KERNEL_H
#define EXAMPLES_KERNEL_H

#include "../../include/lkmm.h"

#define READ_ONCE(x)		(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
#define barrier()		__asm__ __volatile__("" ::: "memory")
#define rcu_dereference(p)	READ_ONCE(p)

struct list_head {
	struct list_head *next, *prev;
};

#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - __builtin_offsetof(type, member)))

#define list_for_each_entry_rcu(pos, head, member)			\
	for (pos = container_of(rcu_dereference((head)->next),		\
				__typeof__(*pos), member);		\
	     &pos->member != (head);					\
	     pos = container_of(rcu_dereference(pos->member.next),	\
				__typeof__(*pos), member))

#endif
