/* An RCU-style list walk: each next pointer is a new head loaded in the
 * loop, so the body needs its mb (one per node, before the node's loads). */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; };
struct node *gp;

int walk(void)
{
	int s = 0;

	for (struct node *p = READ_ONCE(gp); p; p = READ_ONCE(p->next))
		s += p->val;
	return s;
}

/* Only one path loads through the head: the mb is on that path. */
int one_path(int c)
{
	struct node *p = READ_ONCE(gp);

	if (c)
		return p->val;
	return 0;
}
/* { dg-final { lkmm-fence walk gp } } */
/* { dg-final { lkmm-hazard lkmm-fence walk gp } } */
/* { dg-final { lkmm-fence one_path gp -count 1 } } */
/* { dg-final { lkmm-hazard lkmm-fence one_path gp } } */
