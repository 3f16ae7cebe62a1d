/* The other side of params-addrtaken.c: once the unit calls through a
 * pointer, that call may become a direct call to cb() and be inlined into
 * a caller that passes a head, so cb()'s parameter stays a possible head
 * and its comparison is hidden. */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv*-*-* powerpc*-*-* arm*-*-* } } */
/* { dg-options "-O2 -fplugin-arg-lkmm-verbose" } */
/* { dg-prune-output "note: lkmm: .(set|call). " } */
/* { dg-prune-output "In function" } */
/* { dg-prune-output "\\(late, " } */
struct foo { int a; int b; } other;
int (*fp)(struct foo *);

static int cb(struct foo *p) /* { dg-message "note: lkmm: 'cb' \\(early, \[^)\]*\\): \[^\n\]* 1 comparisons hidden" } */
{
	if (p == &other)
		return p->b;
	return p->a;
}

void set(void)
{
	fp = cb;
}

int call(struct foo *q)
{
	return fp(q);
}
