/* disable: the code is what GCC gives without the plugin; attributes stay.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-disable" } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct s { int a; };
struct s *gp, static_p;
int *g __attribute__((lkmm_addr_dep));
int f(void)
{
	struct s *p = READ_ONCE(gp);
	int r = 0;
	if (p == &static_p)
		r = READ_ONCE(p->a);
	return r + *g;
}
/* { dg-final { lkmm-same-code } } */
