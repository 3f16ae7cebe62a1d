/* verbose: a note per function naming lkmm.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-verbose" } */
int f(int *p) /* { dg-message "note: lkmm: 'f' \\(early, " "early note" } */
{
	return *p;
}
/* { dg-message "note: lkmm: 'f' \\(late, " "late note" { target *-*-* } 4 } */
