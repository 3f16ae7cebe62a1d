/* No mb where no load depends on the head: a counter, a flag that only
 * picks a store (control dependency), a pointer compared but never
 * followed, a value stored (data dependency), a pointer stored. */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
struct node { struct node *next; int val; };
struct node *gp, *gq, *saved;
int cnt, flag, y;

int counter(void)
{
	return READ_ONCE(cnt) + 1;
}

void flag_store(void)
{
	if (READ_ONCE(flag))
		WRITE_ONCE(y, 1);
	else
		WRITE_ONCE(y, 2);
}

int compared(void)
{
	return READ_ONCE(gp) == gq;
}

void data_dep(void)
{
	int r = READ_ONCE(cnt);

	WRITE_ONCE(y, r * 2);
}

void addr_store(void)
{
	struct node *p = READ_ONCE(gp);

	WRITE_ONCE(p->val, 1);
	saved = p;
}
/* { dg-final { lkmm-no-fence counter } } */
/* { dg-final { lkmm-no-fence flag_store } } */
/* { dg-final { lkmm-no-fence compared } } */
/* { dg-final { lkmm-no-fence data_dep } } */
/* { dg-final { lkmm-no-fence addr_store } } */
