/* The attributes are accepted on globals, fields, functions and locals.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -Wall -Wextra" } */
int *g1 __attribute__((lkmm_addr_dep));
int g2 __attribute__((lkmm_ctrl_dep));
struct s { int *f __attribute__((lkmm_addr_dep)); int c __attribute__((lkmm_ctrl_dep)); };
int *get(void) __attribute__((lkmm_addr_dep));
int cond(void) __attribute__((lkmm_ctrl_dep));
int y;
int f(struct s *p)
{
	int *l __attribute__((lkmm_addr_dep)) = get();
	int q __attribute__((lkmm_ctrl_dep)) = cond();
	if (q)
		y = 1;
	return *l + *p->f + *g1 + g2 + p->c;
}
