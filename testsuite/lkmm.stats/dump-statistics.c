/* -fdump-statistics lists lkmm's counts per pass and function, as GCC's
   own passes' (statistics_counter_event).  */
/* { dg-do compile } */
/* { dg-additional-options "-fdump-statistics" } */
#include "diag.h"
int a, c;

int two_heads(void)
{
	return READ_ONCE(a) + READ_ONCE(c);
}

int no_head(int x)
{
	return x + 1;
}

/* { dg-final { scan-tree-dump-times "^\[0-9\]+ lkmm_early \"lkmm heads\" \"two_heads\" 2$" 1 statistics } } */
/* { dg-final { scan-tree-dump-times "^\[0-9\]+ lkmm_late \"lkmm heads\" \"two_heads\" 2$" 1 statistics } } */
/* { dg-final { scan-tree-dump-not "lkmm.*no_head" statistics } } */
