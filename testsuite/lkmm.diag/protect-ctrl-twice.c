/* Reduced from kernel/sched/wait.c prepare_to_wait_exclusive() (arm64
   defconfig, warn=all: lkmm-unprotected at include/linux/list.h:159, issue
   13).  list_empty() is expanded twice, the second time in the leg of the
   first; both heads are the READ_ONCE() at the same line.  The store of
   __list_add() stays in the leg of the branch on the first one, but the
   verifier took the second load as a fresh head that no branch guards: a
   misjudgement (the code keeps the store behind the beq on the first
   load).  Nothing is reported now.  */
/* { dg-do compile } */
/* { dg-skip-if "the verifier is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct list_head { struct list_head *next, *prev; };
struct wq_head { int lock; struct list_head head; };
struct wq_entry { unsigned flags; struct list_head entry; };
void lock(int *l);
void unlock(int *l);

static inline int list_empty(const struct list_head *head)
{
	return READ_ONCE(head->next) == head;
}

static inline void __list_add(struct list_head *new, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	WRITE_ONCE(prev->next, new);
}

int prepare(struct wq_head *wq_head, struct wq_entry *wq_entry)
{
	int was_empty = 0;

	wq_entry->flags |= 1;
	lock(&wq_head->lock);
	if (list_empty(&wq_entry->entry)) {
		was_empty = list_empty(&wq_head->head);
		__list_add(&wq_entry->entry, wq_head->head.prev, &wq_head->head);
	}
	unlock(&wq_head->lock);
	return was_empty;
}
