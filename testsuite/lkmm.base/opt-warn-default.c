/* -fplugin-arg-lkmm-warn=default is accepted and the code compiles.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-lkmm-warn=default" } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct s { int a; struct s *next; };
struct s *gp;
int f(void)
{
	struct s *p = READ_ONCE(gp);
	return READ_ONCE(p->a);
}
/* { dg-final { scan-assembler "f:" } } */
