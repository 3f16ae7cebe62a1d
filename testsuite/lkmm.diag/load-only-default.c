/* lkmm-load-only-ctrl and -cond by level (load-only-all.c, -pedantic.c):
   by default, unmarked READ_ONCE() conditions draw neither.  */
/* { dg-do compile } */
#include "diag.h"
#include <stdbool.h>
struct s { int f, g; long n; struct s *next; unsigned long flags[2]; };
int a, b, flag, data, *ptr;

static inline __attribute__((always_inline)) bool test_bit(int nr, const unsigned long *w)
{
	return 1UL & (READ_ONCE(w[nr / 64]) >> (nr % 64));
}

static inline __attribute__((always_inline)) bool list_empty(const struct s *h)
{
	return READ_ONCE(h->next) == h;
}

/* Legs that only test more of the condition: C's lazy && and ||.  */
int and2(void)
{
	return READ_ONCE(a) && READ_ONCE(b);
}

int or_cmp(struct s *p)
{
	return !READ_ONCE(p->f) || READ_ONCE(p->g) > 3;
}

bool helpers(struct s *p)
{
	return test_bit(1, p->flags) && !list_empty(p);
}

int test_more(struct s *p)
{
	if (READ_ONCE(p->f))
		return READ_ONCE(p->n) > 0;
	return 0;
}

/* Legs that load a value the head's test announces: message passing's
   reader without its smp_rmb().  */
int flag_data(void)
{
	if (READ_ONCE(flag))
		return READ_ONCE(data);
	return 0;
}

int flag_local(void)
{
	int r = 0;

	if (READ_ONCE(flag))
		r = READ_ONCE(data);
	return r;
}

int flag_ptr(void)
{
	if (READ_ONCE(flag))
		return *READ_ONCE(ptr);
	return -1;
}

long count(struct s *p)
{
	if (test_bit(0, p->flags))
		return READ_ONCE(p->n) + 1;
	return 1;
}

/* A leg that stores: a control dependency that orders it, no warning.  */
void stores(struct s *p)
{
	if (READ_ONCE(p->f) && READ_ONCE(p->g))
		WRITE_ONCE(b, 1);
}

/* A pointer loaded only to test what it points to
   (rcu_segcblist_restempty()): a test.  */
int test_through(struct s *p)
{
	return READ_ONCE(p->f) && !READ_ONCE(READ_ONCE(p->next)->f);
}
