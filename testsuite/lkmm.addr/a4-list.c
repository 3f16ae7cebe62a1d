/* A4: an RCU list walk that leaves the loop on pos == &head, then reads
 * pos->prev.  Without the plugin GCC reads head.prev from its constant
 * address (evrp, dom).  The walk starts from first, a separate symbol, so
 * the checker does not excuse accesses to the list head. */
/* { dg-do compile } */
#include "rwonce.h"

struct node { struct node *next, *prev; int key, val; };
struct node head;
struct node *first;

int walk_tail(int key)
{
	struct node *pos;

	for (pos = rcu_dereference(first); pos != &head;
	     pos = rcu_dereference(pos->next))
		if (pos->key == key)
			return pos->val;
	return READ_ONCE(pos->prev)->val;
}

int walk_count(void)
{
	struct node *pos = rcu_dereference(first);
	int n = 0;

	while (pos != &head) {
		n++;
		pos = rcu_dereference(pos->next);
	}
	return n + READ_ONCE(pos->key);
}

/* { dg-final { lkmm-addr-dep walk_tail first { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep walk_count first { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
