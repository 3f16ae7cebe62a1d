/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
struct __attribute__((lkmm_addr_dep)) t { int a; }; /* { dg-error "'lkmm_addr_dep' attribute applies to variables, fields and functions, not to types" } */
