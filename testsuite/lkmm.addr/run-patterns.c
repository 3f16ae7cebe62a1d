/* Programs full of the protected patterns compute the same with the
 * plugin: each function's result is checked against its expected value
 * (run under qemu for AArch64 and Alpha). */
/* { dg-do run } */
/* { dg-additional-options "-fplugin-arg-lkmm-consume=relaxed" } */
#include "rwonce.h"

extern void abort(void);

struct node { struct node *next, *prev; int key, val; };
struct node head, n1, n2, n3, other;
struct node *first, *gp;
int arr[16];
unsigned idx;
int sidx, x, y;

#define NOINLINE __attribute__((noinline, noclone))

NOINLINE int a1(void)
{
	struct node *p = READ_ONCE(gp);

	if (p == &other)
		return READ_ONCE(p->val);
	return -1;
}

NOINLINE int a1_ne(void)
{
	struct node *p = READ_ONCE(gp);

	if (p != &other)
		return p->key;
	return p->val + 1;
}

NOINLINE struct node *get_default(void)
{
	return &other;
}

NOINLINE int a2(void)
{
	struct node *p = READ_ONCE(gp);

	if (p == get_default())
		return p->val * 2;
	return -2;
}

NOINLINE int a3(void)
{
	unsigned i = READ_ONCE(idx);
	int r = 0;

	if (i == 0)
		r += READ_ONCE(arr[i]);
	if (i < 1)
		r += arr[i] * 10;
	if (!(i & 1))
		r += arr[i & 1] * 100;
	switch (i) {
	case 0: r += arr[i + 2]; break;
	case 5: r += arr[i]; break;
	case 6 ... 9: r += arr[i - 6]; break;
	}
	return r;
}

NOINLINE int a4(int key)
{
	struct node *pos;

	for (pos = rcu_dereference(first); pos != &head;
	     pos = rcu_dereference(pos->next))
		if (pos->key == key)
			return pos->val;
	return READ_ONCE(pos->prev)->val;
}

NOINLINE void data(void)
{
	int r = READ_ONCE(x);

	if (r == 42)
		WRITE_ONCE(y, r + 1);
	else
		WRITE_ONCE(y, r - 1);
}

NOINLINE int consume(void)
{
	struct node *p = __atomic_load_n(&gp, __ATOMIC_CONSUME);

	if (p == &other)
		return p->val;
	return p->next->val;
}

static void check(int got, int want)
{
	if (got != want)
		abort();
}

int main(void)
{
	int i;

	for (i = 0; i < 16; i++)
		arr[i] = 3 * i + 1;
	head.next = &head;
	head.prev = &head;
	head.val = 99;
	n1 = (struct node){ &n2, &head, 1, 11 };
	n2 = (struct node){ &n3, &n1, 2, 22 };
	n3 = (struct node){ &head, &n2, 3, 33 };
	head.next = &n1;
	head.prev = &n3;
	first = &n1;
	other = (struct node){ &n1, &n3, 7, 77 };

	gp = &other;
	check(a1(), 77);
	check(a1_ne(), 78);
	check(a2(), 154);
	check(consume(), 77);
	gp = &n2;
	check(a1(), -1);
	check(a1_ne(), 2);
	check(a2(), -2);
	check(consume(), 33);

	idx = 0;
	check(a3(), 1 + 10 + 100 + 7);
	idx = 5;
	check(a3(), 16);
	idx = 8;
	check(a3(), 100 + 7);
	idx = 3;
	check(a3(), 0);

	check(a4(2), 22);
	check(a4(3), 33);
	check(a4(5), 33);
	first = &head;
	check(a4(5), 33);

	x = 42;
	data();
	check(y, 43);
	x = 5;
	data();
	check(y, 4);
	return 0;
}
