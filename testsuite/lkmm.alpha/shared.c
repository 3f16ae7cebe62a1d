/* Several heads, then loads depending on each: one mb serves them all,
 * placed after the last head and before the first dependent load. */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; };
struct node *gp, *gq, *gr;

int two(void)
{
	struct node *p = READ_ONCE(gp), *q = READ_ONCE(gq);

	return p->val + q->val;
}

int three(void)
{
	struct node *p = READ_ONCE(gp), *q = READ_ONCE(gq), *r = READ_ONCE(gr);

	return READ_ONCE(p->val) + READ_ONCE(q->val) + READ_ONCE(r->val);
}
/* { dg-final { lkmm-fence two gp -count 1 } } */
/* { dg-final { lkmm-fence two gq -count 1 } } */
/* { dg-final { lkmm-hazard lkmm-fence two gq } } */
/* { dg-final { lkmm-fence three gp -count 1 } } */
/* { dg-final { lkmm-fence three gr -count 1 } } */
/* { dg-final { lkmm-hazard lkmm-fence three gr } } */
