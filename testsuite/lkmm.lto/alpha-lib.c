/* Unit 2 of 2 of the Alpha LTO test (alpha-main.c). */
struct node { struct node *next; int val; };
struct node n = { 0, 3 }, *gp = &n;
int getval(struct node *p) { return p->val; }
