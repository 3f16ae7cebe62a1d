/* -fplugin-arg-lkmm-consume=acquire is accepted and the code compiles.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-lkmm-consume=acquire" } */
/* No head here: the base tests do not depend on the protections.  */
struct s { int a; struct s *next; };
int f(struct s *p)
{
	return p->next->a;
}
/* { dg-final { scan-assembler "f:" } } */
