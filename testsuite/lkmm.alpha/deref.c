/* An address dependency from READ_ONCE() to a load: one mb between them,
 * none without the plugin (GCC emits a plain ldq; ldl). */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; };
struct node *gp;
int arr[16], idx;

int deref(void)
{
	struct node *p = READ_ONCE(gp);

	return READ_ONCE(p->val);
}

int plain_deref(void)
{
	struct node *p = READ_ONCE(gp);

	return p->val;
}

int index_dep(void)
{
	int i = READ_ONCE(idx);

	return arr[i & 15];
}
/* { dg-final { lkmm-fence deref gp -count 1 } } */
/* { dg-final { lkmm-hazard lkmm-fence deref gp } } */
/* { dg-final { lkmm-fence plain_deref gp -count 1 } } */
/* { dg-final { lkmm-hazard lkmm-fence plain_deref gp } } */
/* { dg-final { lkmm-fence index_dep idx -count 1 } } */
/* { dg-final { lkmm-hazard lkmm-fence index_dep idx } } */
