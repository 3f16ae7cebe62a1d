/* lkmm-load-only-ctrl and -cond by level (load-only-default.c, -all.c):
   warn=pedantic also warns the legs that only test more of the condition,
   as lkmm-load-only-cond.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=pedantic" } */
#include "diag.h"
#include <stdbool.h>
struct s { int f, g; long n; struct s *next; unsigned long flags[2]; };
int a, b, flag, data, *ptr;

static inline __attribute__((always_inline)) bool test_bit(int nr, const unsigned long *w)
{
	return 1UL & (READ_ONCE(w[nr / 64]) >> (nr % 64));	/* { dg-message "head load is here" } */
}

static inline __attribute__((always_inline)) bool list_empty(const struct s *h)
{
	return READ_ONCE(h->next) == h;
}

/* Legs that only test more of the condition: C's lazy && and ||.  */
int and2(void)
{
	return READ_ONCE(a) && READ_ONCE(b);	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
}	/* { dg-message "head load is here" "" { target *-*-* } 24 } */

int or_cmp(struct s *p)
{
	return !READ_ONCE(p->f) || READ_ONCE(p->g) > 3;	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
}	/* { dg-message "head load is here" "" { target *-*-* } 29 } */

bool helpers(struct s *p)
{
	return test_bit(1, p->flags) && !list_empty(p);	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
}

int test_more(struct s *p)
{
	if (READ_ONCE(p->f))	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
		return READ_ONCE(p->n) > 0;	/* { dg-message "head load is here" "" { target *-*-* } 39 } */
	return 0;
}

/* Legs that load a value the head's test announces: message passing's
   reader without its smp_rmb().  */
int flag_data(void)
{
	if (READ_ONCE(flag))	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		return READ_ONCE(data);	/* { dg-message "head load is here" "" { target *-*-* } 48 } */
	return 0;
}

int flag_local(void)
{
	int r = 0;

	if (READ_ONCE(flag))	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		r = READ_ONCE(data);	/* { dg-message "head load is here" "" { target *-*-* } 57 } */
	return r;
}

int flag_ptr(void)
{
	if (READ_ONCE(flag))	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		return *READ_ONCE(ptr);	/* { dg-message "head load is here" "" { target *-*-* } 64 } */
	return -1;
}

long count(struct s *p)
{
	if (test_bit(0, p->flags))	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
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
	return READ_ONCE(p->f) && !READ_ONCE(READ_ONCE(p->next)->f);	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
}	/* { dg-message "head load is here" "" { target *-*-* } 87 } */

/* A loop whose legs load its own next turn's head (swap_next() in
   mm/swapfile.c): that load is tested by the loop's condition again, so
   it only tests more of the condition.  */
struct si { unsigned long flags; unsigned char *swap_map; int type; };
struct si *swap_info[32];
int arr[64];

static inline __attribute__((always_inline)) struct si *swap_type_to_swap_info(int type)
{
	if (type >= 32)
		return 0;
	return READ_ONCE(swap_info[type]);	/* { dg-message "head load is here" } */
}

struct si *swap_next(struct si *v)
{
	struct si *si;
	int type = v->type + 1;

	for (; (si = swap_type_to_swap_info(type)); type++) {	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
		if (!(si->flags & 1) || !si->swap_map)	/* { dg-warning "if that order matters \\\[lkmm-load-only-cond\\\]" } */
			continue;
		return si;
	}
	return 0;
}

/* A loop whose legs load data besides the next turn's bound: flag, then
   data, as without the loop.  */
long sum_to(void)
{
	long sum = 0;
	int i;

	for (i = 0; i < READ_ONCE(flag); i++)	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		sum += READ_ONCE(arr[i & 63]);	/* { dg-message "head load is here" "" { target *-*-* } 124 } */
	return sum;
}

/* READ_ONCE() of a local (list_next_or_null_rcu(): the macro reads its own
   __next again): no other CPU can reach it, nothing is shared.  */
struct node { int x; struct node *next; };

struct node *next_or_null(struct node *head, struct node *ptr)
{
	struct node *next = READ_ONCE(ptr->next);

	return next != head ? READ_ONCE(next) : 0;
}

int local_flag(int f)
{
	if (READ_ONCE(f))
		return READ_ONCE(data);
	return 0;
}

/* A local whose address is published is shared: flag, then data.  */
int *slot;

int shared_local(void)
{
	int v = 0;

	WRITE_ONCE(slot, &v);
	if (READ_ONCE(flag))	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		return READ_ONCE(v);	/* { dg-message "head load is here" "" { target *-*-* } 155 } */
	return 0;
}

/* page_fixed_fake_head() (include/linux/page-flags.h, with
   CONFIG_HUGETLB_PAGE_OPTIMIZE_VMEMMAP, riscv64's defconfig and not
   arm64's): a flag bit, then a pointer read on it.  The same on every
   target.  */
struct page { unsigned long flags; unsigned long compound_head; };

const struct page *fake_head(const struct page *page)
{
	if (!((unsigned long)page & 4095) && test_bit(6, &page->flags)) {	/* { dg-warning "smp_load_acquire\\(\\). \\\[lkmm-load-only-ctrl\\\]" } */
		unsigned long head = READ_ONCE(page[1].compound_head);

		if (head & 1)
			return (const struct page *)(head - 1);
	}
	return page;
}
