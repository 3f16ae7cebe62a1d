/* Promotion under acquire=auto/always/never: a head whose value is handed
 * to a function of another unit (escapes) and a head whose dependencies
 * stay in the function.  Unit 1 of 2 (esc-lib.c). */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
struct obj { int a; struct obj *next; };
extern struct obj *gp, *gq;
extern int res;
void consume_obj(struct obj *p);

__attribute__((noinline)) void esc(void)
{
	struct obj *p = READ_ONCE(gp);
	struct obj *q = READ_ONCE(gq);

	WRITE_ONCE(res, q->a);		/* stays here: never promoted by auto */
	consume_obj(p);			/* escapes: promoted by auto */
}

int main(void)
{
	esc();
	return res != 2;
}
