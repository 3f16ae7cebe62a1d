/* The fenced code still computes the right thing (under qemu-alpha): a
 * list walk, a lookup through an index, a loop over a node's array. */
/* { dg-do run } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; int arr[4]; };
struct node n3 = { 0, 3, { 1, 2, 3, 4 } }, n2 = { &n3, 2, { 0 } },
	    n1 = { &n2, 1, { 0 } };
struct node *head = &n1;
struct node *table[4] = { &n1, &n2, &n3, &n1 };
int idx = 2;

__attribute__((noinline)) int walk(void)
{
	int s = 0;

	for (struct node *p = READ_ONCE(head); p; p = READ_ONCE(p->next))
		s += p->val;
	return s;
}

__attribute__((noinline)) int lookup(void)
{
	int i = READ_ONCE(idx);

	return READ_ONCE(table[i & 3])->val;
}

__attribute__((noinline)) int sum_arr(void)
{
	struct node *p = READ_ONCE(table[2]);
	int s = 0;

	for (int i = 0; i < 4; i++)
		s += p->arr[i];
	return s;
}

int main(void)
{
	if (walk() != 6 || lookup() != 3 || sum_arr() != 10)
		__builtin_abort();
	return 0;
}
/* { dg-final { lkmm-fence walk head } } */
/* idx -> table[i] -> ->val: two links, two mb. */
/* { dg-final { lkmm-fence lookup idx -count 2 } } */
/* { dg-final { lkmm-fence sum_arr table -count 1 } } */
/* { dg-final { lkmm-mb-outside-loops sum_arr } } */
