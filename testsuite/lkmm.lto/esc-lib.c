/* Unit 2 of 2 of the promotion test (esc-main.c).  consume_obj() is big
 * enough, and noinline, so that it stays a call: the escape is real. */
struct obj { int a; struct obj *next; };
struct obj o1 = { 1, 0 }, o2 = { 2, 0 };
struct obj *gp = &o1, *gq = &o2;
int res;

__attribute__((noinline)) void consume_obj(struct obj *p)
{
	if (p && p->a == 1)
		res += 0;
}
