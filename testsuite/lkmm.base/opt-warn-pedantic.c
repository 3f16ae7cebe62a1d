/* -fplugin-arg-lkmm-warn=pedantic is accepted and the code compiles.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-lkmm-warn=pedantic" } */
/* No head here: the base tests do not depend on the protections.  */
struct s { int a; struct s *next; };
int f(struct s *p)
{
	return p->next->a;
}
/* { dg-final { scan-assembler "f:" } } */
