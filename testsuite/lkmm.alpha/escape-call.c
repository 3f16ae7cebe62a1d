/* A head pointer passed to an out-of-line function: mb before the call. */
/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; };
struct node *gp;
int cnt;
void use(struct node *p);
void use_int(int v);

void pass_ptr(void)
{
	use(READ_ONCE(gp));
}

/* An integer handed on is no address: no mb. */
void pass_int(void)
{
	use_int(READ_ONCE(cnt));
}
/* { dg-final { scan-assembler-times "\tmb\n" 1 } } */
/* { dg-final { lkmm-no-fence pass_int } } */
