/* Unit 2 of 2 of the C6 test (ctrl-main.c): the two callees. */
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
int flag, b;

void do_x(void)
{
	WRITE_ONCE(b, 1);
}

void do_y(void)
{
	WRITE_ONCE(b, 1);
}
