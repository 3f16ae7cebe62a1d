/* verbose names the architecture entry; on x86-64 nothing changes.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin-arg-lkmm-verbose" } */
int f(int *p) /* { dg-message "note: lkmm: 'f' \\(early, " "early note" } */
{
	return *p;
}
/* { dg-message "note: lkmm: 'f' \\(late, " "late note" { target *-*-* } 4 } */
/* { dg-final { lkmm-same-code } } */
