/* A head pointer handed to code lkmm does not see (a call, a return) gets
 * its mb before it leaves: the callee loads through it without one. */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; };
struct node *gp;
void use(struct node *p);

struct node *get(void)
{
	return READ_ONCE(gp);
}
/* { dg-final { scan-assembler-times "\tmb\n" 1 } } */
