/* A function that no head reaches compiles as without the plugin, even
 * when its address is taken: without an indirect call in the unit, and
 * without LTO, no call can inline it, so it is compiled on its own like a
 * public function and its parameters head nothing.  nested() is the shape
 * of GCC's gcc.c-torture/compile/20010226-1.c (a nested function handed
 * to another unit), cb() a static callback handed to another unit. */
/* { dg-do compile } */
/* { dg-options "-O2" } */
struct foo { int a; int b; } other;

void f1(void *);
void f2(void *);
void f3(void *, void (*)(void *));
void take(int (*)(struct foo *));

int foo(void *a, int b)
{
	if (!b) {
		f1(a);
		return 1;
	}
	if (b) {
		void nested(void *c)
		{
			if (c == a)
				f2(c);
		}
		f3(a, nested);
	}
	return 0;
}

static int cb(struct foo *p)
{
	if (p == &other)
		return p->b;
	return p->a;
}

void set(void)
{
	take(cb);
}

/* { dg-final { lkmm-same-code } } */
