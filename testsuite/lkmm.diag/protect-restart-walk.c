/* Reduced by hand from three shapes of arm64 defconfig, warn=all
   (lkmm-unprotected, issue 13), 20 of the 32 warnings the 15 kernel/ +
   mm/ objects still had with the plugin of d21d88f: the for_each_pwq()
   walks inside list_for_each_entry(wq, &workqueues, list) in
   kernel/workqueue.c (10), __lt_find() retried by latch_tree_find()
   (kernel/bpf/core.c, kernel/module/tree_lookup.c), the
   list_for_each_entry_rcu() walks in cgroup_rstat_flush_locked() and,
   begun again after a goto, in perf_mmap_close(), for_each_thread() in
   thread_group_cputime()'s seqlock retry, j = jiffies + 1 again for the
   next CPU in rcu_tasks_postscan() (control), and the first element of
   hlist_nulls_for_each_entry_safe() in __htab_map_lookup_and_delete_batch().
   Kind b, a misjudgement of the verifier: the dependent access takes its
   address (or its branch its condition) from a value that comes from the
   head on some paths and from another head (the walk's first load, the
   next bucket's, jiffies again) on the others.  The code keeps the
   dependency on each path; the verifier followed the paths from the head
   round the outer loop, where the register holds the other head's value,
   and called that broken.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
extern volatile unsigned long jiffies;
struct list_head { struct list_head *next, *prev; };
struct pool { int lock; };
struct pwq { struct pwq *next; struct pool *pool; int nr_active; };
struct wq { struct pwq *pwqs; struct wq *link; };
struct hnode { struct hnode *next, **pprev; };
struct elem { struct hnode node; long key; long value; };
struct bucket { struct hnode *first; };
struct percpu { int lock; struct list_head exit_list; };
extern struct percpu pcp[4];
void lock(int *l);
void unlock(int *l);
void copy(long *dst, const long *src);
void pertask(struct list_head *t);
void cond_resched(void);

/* for_each_pwq() in list_for_each_entry(wq, &workqueues, list). */
int drain(struct wq *wq)
{
	struct pwq *p;
	int busy = 0;

	for (; wq; wq = wq->link) {
		for (p = READ_ONCE(wq->pwqs); p; p = READ_ONCE(p->next)) {	/* { dg-bogus "head load is here" "" { xfail *-*-* } } */
			lock(&p->pool->lock);	/* { dg-bogus "lkmm-unprotected" "kind b: another head on the other paths" { xfail *-*-* } } */
			busy += p->nr_active;	/* { dg-bogus "lkmm-unprotected" "kind b: another head on the other paths" { xfail *-*-* } } */
			unlock(&p->pool->lock);	/* { dg-bogus "lkmm-unprotected" "kind b: another head on the other paths" { xfail *-*-* } } */
		}
	}
	return busy;
}

/* hlist_nulls_for_each_entry_safe(): l is the first load's value on the
   first turn, the next one's after. */
long batch(struct bucket *b, int n, long *dst)
{
	struct hnode *pos, *next;
	long cnt = 0;
	int i;

	for (i = 0; i < n; i++) {
		for (pos = READ_ONCE(b[i].first); pos; pos = next) {
			struct elem *l = (struct elem *)pos;

			next = READ_ONCE(pos->next);	/* { dg-bogus "head load is here" "" { xfail *-*-* } } */
			copy(dst++, &l->key);
			cnt += l->value;	/* { dg-bogus "lkmm-unprotected" "kind b: another head on the first turn" { xfail *-*-* } } */
		}
	}
	return cnt;
}

static inline void list_add(struct list_head *new, struct list_head *head)
{
	struct list_head *next = head->next;

	next->prev = new;
	new->next = next;
	new->prev = head;
	WRITE_ONCE(head->next, new);	/* { dg-bogus "lkmm-unprotected" "kind b: the branch is on another jiffies there" { xfail *-*-* } } */
}

/* rcu_tasks_postscan(): j = jiffies + 1 for each CPU, and again after a
   pause; the stores of list_add() are in the leg of the branch on j. */
void postscan(void)
{
	struct list_head tmp, *pos;
	unsigned long j;
	int cpu;

	for (cpu = 0; cpu < 4; cpu++) {
		j = jiffies + 1;
		lock(&pcp[cpu].lock);
		for (pos = pcp[cpu].exit_list.next; pos != &pcp[cpu].exit_list;
		     pos = pos->next) {
			pertask(pos);
			if ((long)(jiffies - j) < 0)
				continue;
			list_add(&tmp, pos);
			unlock(&pcp[cpu].lock);
			cond_resched();
			lock(&pcp[cpu].lock);
			pos = tmp.next;
			j = jiffies + 1;	/* { dg-bogus "head load is here" "" { xfail *-*-* } } */
		}
		unlock(&pcp[cpu].lock);
	}
}
