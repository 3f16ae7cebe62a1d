/* docs/breakages.md A6: a head pointer compared against the result of a function
 * in another unit.  After link-time inlining the comparison is p ==
 * &def_obj, and GCC loads def_obj.a instead of p->a.  Unit 1 of 2
 * (cmp-lib.c). */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct obj { int a; };
extern struct obj *gp;
struct obj *get_default(void);

int cmp(void)
{
	struct obj *p = READ_ONCE(gp);

	if (p == get_default())
		return READ_ONCE(p->a);
	return 0;
}

int main(void)
{
	return cmp();
}
