/* Unit 2 of 2 of the A6 test (cmp-main.c). */
struct obj { int a; };
int pad[4] = { 1, 2, 3, 4 };	/* def_obj away from its section anchor */
struct obj def_obj = { 7 };
struct obj *gp = &def_obj;

struct obj *get_default(void)
{
	return &def_obj;
}
