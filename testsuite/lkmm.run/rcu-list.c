/* READ_ONCE()/rcu_dereference()-style list walks, index loads and branches
   on loaded values compute the same result with the plugin as without.  */
/* { dg-do run } */
#include <stdio.h>
#include <stdlib.h>

#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
#define rcu_dereference(p) READ_ONCE(p)

struct node { int key; int val; struct node *next; struct node *prev; };
struct node head = { -1, 0, &head, &head };
struct node static_node = { 1000, 7, NULL, NULL };
struct node *gp;
int arr[16], idx, flag, out;

static __attribute__((noinline)) void add(int key, int val)
{
	struct node *n = malloc(sizeof(*n));

	n->key = key;
	n->val = val;
	n->next = head.next;
	n->prev = &head;
	head.next->prev = n;
	WRITE_ONCE(head.next, n);
}

static __attribute__((noinline)) int sum(void)
{
	int s = 0;
	struct node *pos;

	for (pos = rcu_dereference(head.next); pos != &head;
	     pos = rcu_dereference(pos->next))
		s += READ_ONCE(pos->val) * pos->key;
	/* A4: leave on pos == &head and read through it. */
	return s + pos->prev->key;
}

static __attribute__((noinline)) int lookup(int key)
{
	struct node *pos;

	for (pos = rcu_dereference(head.next); pos != &head;
	     pos = rcu_dereference(pos->next))
		if (pos->key == key)
			return READ_ONCE(pos->val);
	return -1;
}

static __attribute__((noinline)) int a1(void)
{
	struct node *p = READ_ONCE(gp);
	int r = 0;

	if (p == &static_node)
		r = READ_ONCE(p->val);
	else if (p)
		r = READ_ONCE(p->key);
	return r;
}

static __attribute__((noinline)) int a3(void)
{
	int i = READ_ONCE(idx);
	int r = 0;

	if (i == 0)
		r = READ_ONCE(arr[i]);
	else if (i < 16)
		r = READ_ONCE(arr[i]) + i;
	return r;
}

static __attribute__((noinline)) void c1(void)
{
	int q = READ_ONCE(flag);

	if (q) {
		WRITE_ONCE(out, out + 1);
	} else {
		WRITE_ONCE(out, out + 2);
	}
}

int main(void)
{
	long total = 0;
	int i;

	for (i = 0; i < 16; i++)
		arr[i] = i * 3 + 1;
	for (i = 1; i <= 50; i++)
		add(i, i * 2);
	total += sum();
	total += lookup(7) + lookup(50) + lookup(99);
	gp = &static_node;
	total += a1();
	gp = head.next;
	total += a1();
	for (i = 0; i < 20; i++) {
		idx = i;
		total += a3();
		flag = i & 1;
		c1();
	}
	total += out;
	/* The value a plain build (gcc -O0, no plugin) computes.  */
	if (total != 86547) {
		printf("wrong: %ld\n", total);
		return 1;
	}
	printf("ok %ld\n", total);
	return 0;
}
/* { dg-output "ok 86547" } */
