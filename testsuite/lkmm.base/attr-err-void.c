/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
void f(void) __attribute__((lkmm_addr_dep)); /* { dg-error "'lkmm_addr_dep' attribute on 'f', a function returning void" } */
