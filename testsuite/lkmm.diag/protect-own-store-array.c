/* Reduced by hand from ext4_mb_add_groupinfo() (fs/ext4/mballoc.c, arm64
   defconfig, warn=all: lkmm-unprotected on the two stores of
   INIT_LIST_HEAD(&meta_group_info[i]->bb_prealloc_list), control, head
   rcu_dereference(sbi->s_group_info) in sbi_array_rcu_deref(), issue 13).
   Kind b, a misjudgement of what to check: the shape of
   protect-own-store.c, with an array element for the place.
   meta_group_info[i] is a plain load through a head-derived address, but
   it reads the pointer this function has just stored there (from
   kmem_cache_zalloc()), and GCC tests the call's result instead; the LKMM
   gives no dependency through a load of the thread's own store.  The
   early GIMPLE computes &meta_group_info[i] again for the load, so the
   store's place and the load's were not the same tree; flow.c now
   compares how the two addresses are computed.  After set_bit() the
   pointer is loaded again from memory: that load keeps its address
   dependency in the code, and nothing is reported.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct list_head { struct list_head *next, *prev; };
struct group_info { unsigned long state; int free; struct list_head prealloc; };
struct sb_info { struct group_info ***s_group_info; };
void *kmem_cache_zalloc(void);
void ext4_msg(void);

static inline void INIT_LIST_HEAD(struct list_head *list)
{
	WRITE_ONCE(list->next, list);	/* { dg-bogus "lkmm-unprotected" "kind b: a load of its own store" } */
	WRITE_ONCE(list->prev, list);	/* { dg-bogus "lkmm-unprotected" "kind b: a load of its own store" } */
}

int add_groupinfo(struct sb_info *sbi, unsigned group, int idx)
{
	struct group_info **meta_group_info;
	unsigned i = group & 63;

	meta_group_info = rcu_dereference(sbi->s_group_info)[idx];	/* { dg-bogus "head load is here" "" } */
	meta_group_info[i] = kmem_cache_zalloc();
	if (meta_group_info[i] == 0) {
		ext4_msg();
		return -12;
	}
	barrier();	/* set_bit() */
	meta_group_info[i]->free = 1;
	INIT_LIST_HEAD(&meta_group_info[i]->prealloc);
	return 0;
}
