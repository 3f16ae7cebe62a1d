/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
int f(int *p __attribute__((lkmm_addr_dep))) /* { dg-error "'lkmm_addr_dep' attribute cannot be applied to parameter 'p'" } */
{
	return *p;
}
