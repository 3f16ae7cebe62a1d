/* The attributes are accepted on globals, fields, functions and locals.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -std=c2x -Wall -Wextra" } */
[[lkmm::addr_dep]] int *g1;
[[lkmm::ctrl_dep]] int g2;
struct s { int *f [[lkmm::addr_dep]]; int c [[lkmm::ctrl_dep]]; };
[[lkmm::addr_dep]] int *get(void);
[[lkmm::ctrl_dep]] int cond(void);
int y;
int f(struct s *p)
{
	[[lkmm::addr_dep]] int *l = get();
	[[lkmm::ctrl_dep]] int q = cond();
	if (q)
		y = 1;
	return *l + *p->f + *g1 + g2 + p->c;
}
