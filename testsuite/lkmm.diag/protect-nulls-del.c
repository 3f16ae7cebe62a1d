/* Reduced by hand from __htab_map_lookup_and_delete_batch()
   (kernel/bpf/hashtab.c, ppc64le_defconfig, warn=all: lkmm-unprotected on
   WRITE_ONCE(next->pprev, pprev) at include/linux/list_nulls.h:110 in
   hlist_nulls_del_rcu(), control on the head, the first load of
   hlist_nulls_for_each_entry_safe() at hashtab.c:1928).  Kind b, a
   misjudgement of the verifier: the walk deletes each element; the store
   through next, which is loaded through the element, is under
   if (!is_a_nulls(next)), and the element is the head's value on the
   first turn and the walk's load through it after, so that branch guards
   the store on every path.  The dataflow judged the branch while next's
   register was derived from the head on no path yet, left the store's
   block unguarded, and no union cleared that (the plugin of db447bf^
   warned on every target here but Alpha; the kernel object warned on
   ppc64le).  Where something is broken, the verifier judges the branches
   again on the final registers now; nothing is reported.  The asm
   (ppc64le): .L2: mr 10,9; ld 9,0(9); ld 8,0(10); ld 7,8(10);
   andi. 5,8,0x1; std 8,0(7); bne 0,.L5; std 7,8(8).  */
/* { dg-do compile { target aarch64*-*-* arm*-*-* riscv64*-*-* powerpc64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct hlist_nulls_node { struct hlist_nulls_node *next, **pprev; };
struct hlist_nulls_head { struct hlist_nulls_node *first; };
struct htab_elem { struct hlist_nulls_node hash_node; long key; };
#define LIST_POISON2	((void *)0x122)
#define container_of(p, T, m)	((T *)((char *)(p) - __builtin_offsetof(T, m)))

static inline int is_a_nulls(const struct hlist_nulls_node *ptr)
{
	return (unsigned long)ptr & 1;
}

static inline void __hlist_nulls_del(struct hlist_nulls_node *n)
{
	struct hlist_nulls_node *next = n->next;
	struct hlist_nulls_node **pprev = n->pprev;

	WRITE_ONCE(*pprev, next);
	if (!is_a_nulls(next))
		WRITE_ONCE(next->pprev, pprev);	/* { dg-bogus "lkmm-unprotected" "kind b: the branch guards it on every path" } */
}

static inline void hlist_nulls_del_rcu(struct hlist_nulls_node *n)
{
	__hlist_nulls_del(n);
	WRITE_ONCE(n->pprev, LIST_POISON2);
}

#define hlist_nulls_for_each_entry_safe(tpos, pos, head, member) \
	for (({ pos = rcu_dereference((head)->first); }); \
	     !is_a_nulls(pos) && \
	     ({ tpos = container_of(pos, __typeof__(*tpos), member); \
		pos = rcu_dereference(pos->next); 1; });)

void delete_batch(struct hlist_nulls_head *head)
{
	struct hlist_nulls_node *n;
	struct htab_elem *l;

	hlist_nulls_for_each_entry_safe(l, n, head, hash_node)	/* { dg-bogus "head load is here" "" } */
		hlist_nulls_del_rcu(&l->hash_node);
}
