/* Reduced by hand from __perf_event_read_value() (kernel/events/core.c,
   arm64 defconfig, warn=all: lkmm-unprotected, the data dependency of
   *running += ... on atomic64_read(&event->child_total_time_running),
   issue 13, "shape F").  Kind b, a misjudgement of the verifier: the
   store to *running runs once, before the loop, with the head's value;
   the loop's *running += child->total_time_running ends the same way, and
   cross-jumping merged the two tails (add, store, next, compare) into one,
   reached once from the head and again from the loop, with the first
   statement's locus.  The machine code keeps the dependency: the first
   arrival stores what the head loaded; a later one is the loop's store,
   which owes the head nothing.  The verifier checks a statement that runs
   at most once a call on its first arrival (expect.c's once).  GCC only
   merges them with the kernel's -fno-strict-aliasing; not on 32-bit ARM,
   where the tails differ.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all -fno-strict-aliasing" } */
#include "diag.h"
typedef unsigned long long u64;
typedef long long s64;
typedef struct { s64 counter; } atomic64_t;
struct list_head { struct list_head *next, *prev; };
struct mutex { long owner; };
struct event {
	atomic64_t count;
	u64 total_time_enabled;
	u64 total_time_running;
	atomic64_t child_total_time_enabled;
	atomic64_t child_total_time_running;
	struct mutex child_mutex;
	struct list_head child_list;
};
#define container_of(p, T, m)	((T *)((char *)(p) - __builtin_offsetof(T, m)))
static inline int list_is_head(const struct list_head *list,
			       const struct list_head *head)
{
	return list == head;
}
#define list_for_each_entry(pos, head, m) \
	for (pos = container_of((head)->next, __typeof__(*pos), m); \
	     !list_is_head(&pos->m, (head)); \
	     pos = container_of(pos->m.next, __typeof__(*pos), m))
void mutex_lock(struct mutex *);
void mutex_unlock(struct mutex *);
int event_read(struct event *);

static inline s64 atomic64_read(const atomic64_t *v)
{
	return READ_ONCE(v->counter);	/* { dg-bogus "head load is here" "" } */
}

static noinline u64 read_value(struct event *event, u64 *enabled, u64 *running)
{
	struct event *child;
	u64 total = 0;

	*enabled = 0;
	*running = 0;
	mutex_lock(&event->child_mutex);
	event_read(event);
	total += atomic64_read(&event->count);
	*enabled += event->total_time_enabled +
		    atomic64_read(&event->child_total_time_enabled);
	*running += event->total_time_running +	/* { dg-bogus "lkmm-unprotected" "kind b: a store merged with the loop's" } */
		    atomic64_read(&event->child_total_time_running);
	list_for_each_entry(child, &event->child_list, child_list) {
		event_read(child);
		total += atomic64_read(&child->count);
		*enabled += child->total_time_enabled;
		*running += child->total_time_running;
	}
	mutex_unlock(&event->child_mutex);
	return total;
}

u64 event_read_value(struct event **pp, u64 *enabled, u64 *running)
{
	return read_value(rcu_dereference(*pp), enabled, running);
}
