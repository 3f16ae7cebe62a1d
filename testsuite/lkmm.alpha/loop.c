/* A head loaded before a loop whose body loads through it: the mb goes
 * before the loop (once), not in the body (once per iteration). */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; int arr[8]; };
struct node *gp;

int loop_sum(int n)
{
	struct node *p = READ_ONCE(gp);
	int s = 0;

	for (int i = 0; i < n; i++)
		s += READ_ONCE(p->val);
	return s;
}

int loop_arr(void)
{
	struct node *p = READ_ONCE(gp);
	int s = 0;

	for (int i = 0; i < 8; i++)
		s += READ_ONCE(p->arr[i]);
	return s;
}
/* { dg-final { lkmm-fence loop_sum gp -count 1 } } */
/* { dg-final { lkmm-mb-outside-loops loop_sum } } */
/* { dg-final { lkmm-hazard lkmm-fence loop_sum gp } } */
/* { dg-final { lkmm-fence loop_arr gp -count 1 } } */
/* { dg-final { lkmm-mb-outside-loops loop_arr } } */
/* { dg-final { lkmm-hazard lkmm-fence loop_arr gp } } */
