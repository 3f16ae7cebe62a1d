/* Correct annotated kernel-style code draws no lkmm warning, on every
   target, at every optimization level (correct-warn-all.c: also with
   -fplugin-arg-lkmm-warn=all).  Any warning here is an excess error.  */
/* { dg-do compile } */
#include "diag.h"

/* RCU readers. */
struct foo {
	int a, b;
	struct foo *next;
};
struct foo *gp __lkmm_addr_dep;
struct foo default_foo;
struct list_head { struct list_head *next, *prev; };
struct item { struct list_head node; int key, val; };
struct list_head head;

int rcu_reader(void)
{
	struct foo *p = rcu_dereference(gp);

	if (!p)
		return -1;
	return READ_ONCE(p->a) + p->b;
}

int rcu_reader_default(void)
{
	struct foo *p = rcu_dereference(gp);

	if (p == &default_foo)
		return READ_ONCE(p->a);
	return p ? READ_ONCE(p->b) : 0;
}

int rcu_walk(void)
{
	struct foo *p;
	int sum = 0;

	for (p = rcu_dereference(gp); p; p = rcu_dereference(p->next))
		sum += READ_ONCE(p->a);
	return sum;
}

int list_lookup(int key)
{
	struct list_head *pos;

	for (pos = rcu_dereference(head.next); pos != &head;
	     pos = rcu_dereference(pos->next)) {
		struct item *it = (struct item *)pos;

		if (READ_ONCE(it->key) == key)
			return READ_ONCE(it->val);
	}
	return -1;
}

/* An index read once, then used. */
int table[64];
unsigned int cur __lkmm_addr_dep;

int indexed(void)
{
	unsigned int i = READ_ONCE(cur);

	return READ_ONCE(table[i & 63]);
}

int indexed_local(void)
{
	unsigned int i __lkmm_addr_dep = READ_ONCE(cur);

	WRITE_ONCE(table[(i + 1) & 63], 1);
	return READ_ONCE(table[i % 64]);
}

/* Message passing with control dependencies. */
int flag, data, ack, x, y;

void mp_ctrl(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(flag);

	if (q)
		WRITE_ONCE(ack, 1);
}

void mp_ctrl_macro(void)
{
	if (ctrl_dep(READ_ONCE(flag) & 1))
		WRITE_ONCE(ack, 1);
	else
		WRITE_ONCE(ack, 2);
}

void mp_ctrl_legs(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(x);

	if (q > 2) {
		WRITE_ONCE(y, 1);
		barrier();
	} else {
		WRITE_ONCE(y, 2);
	}
}

int mp_reader(void)
{
	if (READ_ONCE(flag)) {
		smp_rmb();
		return READ_ONCE(data);
	}
	return 0;
}

int mp_acquire(void)
{
	if (smp_load_acquire(&flag))
		return READ_ONCE(data);
	return 0;
}

void mp_writer(int v)
{
	WRITE_ONCE(data, v);
	smp_wmb();
	WRITE_ONCE(flag, 1);
}

/* A seqcount-like reader. */
unsigned int seq;
int payload[2];

void seq_read(int *out)
{
	unsigned int s;

	do {
		s = READ_ONCE(seq);
		smp_rmb();
		out[0] = READ_ONCE(payload[0]);
		out[1] = READ_ONCE(payload[1]);
		smp_rmb();
	} while ((s & 1) || READ_ONCE(seq) != s);
}

/* A marked function: its result heads the dependencies. */
struct foo *get_foo(void) __lkmm_addr_dep;
struct foo *get_foo(void)
{
	return rcu_dereference(gp);
}

int use_get_foo(void)
{
	struct foo *p = get_foo();

	return p ? READ_ONCE(p->a) : 0;
}

/* A dependency kept through arithmetic that does not cancel. */
int data_dep(void)
{
	int r __lkmm_addr_dep = READ_ONCE(x);

	WRITE_ONCE(y, r * 2 + 1);
	return READ_ONCE(table[(r - 1) & 63]);
}
