/* stats=FILE in check mode: the verifier's broken dependency is a verify
   record (kind, access, where, on which head) besides its lkmm-unprotected
   warning record: a pointer compared with a constant address (A1).  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check -fplugin-arg-lkmm-stats=stats-verify.tsv" } */
#include "diag.h"

struct node { int key, val; };
struct node sentinel;
struct node *list_head;

int lookup(void)
{
	struct node *n = rcu_dereference(list_head);	/* { dg-message "head load is here" } */

	if (n == &sentinel)
		return READ_ONCE(n->val);	/* { dg-warning "lkmm-unprotected" } */
	return 0;
}

/* { dg-final { lkmm-stats verify 1 } } */
/* { dg-final { lkmm-stats verify 1 function lookup line 18 dep address access volatile-load head_line 15 head_file *stats-verify.c } } */
/* { dg-final { lkmm-stats warn 1 function lookup line 18 kind lkmm-unprotected } } */
/* { dg-final { lkmm-stats fn 1 function lookup pass late heads 2 hidden 0 } } */
