/* A small body of kernel-style code, for the mb count against the
 * kernel's Alpha rule (arch/alpha/include/asm/rwonce.h: an mb after every
 * READ_ONCE()).  Compiled with -DKERNEL_RWONCE and without the plugin it
 * gives the kernel's count; docs/architectures.md has the figures (also
 * for AArch64 acquire promotion, compiled there with -flto).  The
 * checks here hold lkmm's placement: every dependent load fenced, none
 * where nothing depends. */
/* { dg-do compile } */
#ifdef KERNEL_RWONCE
#define READ_ONCE(x) ({ __typeof__(x) __v = *(volatile __typeof__(x) *)&(x); \
			__asm__ __volatile__("mb" ::: "memory"); __v; })
#else
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#endif
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
#define rcu_dereference(p) READ_ONCE(p)
#ifdef __alpha__
#define smp_rmb() __asm__ __volatile__("mb" ::: "memory")
#else
#define smp_rmb() __asm__ __volatile__("dmb ishld" ::: "memory")
#endif

struct item { struct item *next; unsigned long key; long val; long stats[4]; };
struct table { struct item *bucket[16]; unsigned int nr; };

struct table *tbl;
struct item *cur_item;
unsigned int seq, nr_reqs, state, need_resched_flag;
long shared_a, shared_b, out;
void kick(struct item *it);

/* RCU hash lookup: table pointer, bucket head, chain walk. */
long lookup(unsigned long key)
{
	struct table *t = rcu_dereference(tbl);
	struct item *it;

	for (it = rcu_dereference(t->bucket[key & 15]); it;
	     it = rcu_dereference(it->next))
		if (it->key == key)
			return it->val;
	return -1;
}

/* Sum the per-item stats of the current item: one head, a loop. */
long sum_stats(void)
{
	struct item *it = rcu_dereference(cur_item);
	long s = 0;

	for (int i = 0; i < 4; i++)
		s += it->stats[i];
	return s;
}

/* seqcount-style read: the reads are ordered by smp_rmb(), not by
 * dependencies. */
long read_pair(void)
{
	unsigned int s;
	long a, b;

	do {
		s = READ_ONCE(seq);
		smp_rmb();
		a = READ_ONCE(shared_a);
		b = READ_ONCE(shared_b);
		smp_rmb();
	} while (s & 1 || READ_ONCE(seq) != s);
	return a + b;
}

/* Counters and flags: nothing depends on them by address. */
unsigned int pending_requests(void)
{
	return READ_ONCE(nr_reqs) + READ_ONCE(state);
}

void maybe_resched(void)
{
	if (READ_ONCE(need_resched_flag))
		WRITE_ONCE(state, 1);
	else
		WRITE_ONCE(state, 2);
}

/* A pointer compared, never followed. */
int is_current(struct item *it)
{
	return rcu_dereference(cur_item) == it;
}

/* A pointer handed to another function. */
void kick_current(void)
{
	kick(rcu_dereference(cur_item));
}

/* Two heads, then loads through both. */
long both(void)
{
	struct item *a = rcu_dereference(cur_item);
	struct table *t = rcu_dereference(tbl);

	return a->val + t->nr;
}
/* { dg-final { lkmm-fence lookup tbl } } */
/* { dg-final { lkmm-hazard lkmm-fence lookup tbl } } */
/* { dg-final { lkmm-fence sum_stats cur_item -count 1 } } */
/* { dg-final { lkmm-mb-outside-loops sum_stats } } */
/* { dg-final { lkmm-no-fence pending_requests } } */
/* { dg-final { lkmm-no-fence maybe_resched } } */
/* { dg-final { lkmm-no-fence is_current } } */
/* { dg-final { lkmm-fence both tbl -count 1 } } */
/* { dg-final { lkmm-fence both cur_item -count 1 } } */
