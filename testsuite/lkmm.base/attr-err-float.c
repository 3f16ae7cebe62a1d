/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
float g __attribute__((lkmm_addr_dep)); /* { dg-error "'lkmm_addr_dep' attribute needs a pointer or integer type, not 'float'" } */
