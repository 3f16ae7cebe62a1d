/* Alpha under -flto: the compile step places the mb (a head pointer
 * handed to getval() of another unit gets one before the call), so it is
 * still there after link-time inlining, with or without lkmm at link
 * time.  Unit 1 of 2 (alpha-lib.c). */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct node { struct node *next; int val; };
extern struct node *gp;
int getval(struct node *p);
int main(void) { return getval(READ_ONCE(gp)) + READ_ONCE(gp)->val; }
