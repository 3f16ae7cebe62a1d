/* docs/breakages.md C6: a control dependency whose legs call functions of another
 * unit that begin with the same store.  After link-time inlining the legs
 * are identical and GCC removes the branch (the store no longer depends on
 * the load of flag).  Unit 1 of 2 (ctrl-lib.c). */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
extern int flag;
void do_x(void);
void do_y(void);

__attribute__((noinline)) void ctrl(void)
{
	if (READ_ONCE(flag))
		do_x();
	else
		do_y();
}

int main(void)
{
	ctrl();
	return 0;
}
