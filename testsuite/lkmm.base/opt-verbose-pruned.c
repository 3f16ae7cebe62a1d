/* Verbose notes are pruned when the test expects none; the code stays.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-verbose" } */
int f(int *p)
{
	return *p;
}
/* { dg-final { scan-assembler "f:" } } */
