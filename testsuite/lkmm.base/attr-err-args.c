/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
int *g __attribute__((lkmm_addr_dep(1))); /* { dg-error "wrong number of arguments specified for 'lkmm_addr_dep' attribute" } */
/* { dg-message "expected between 0 and 0, found 1" "" { target *-*-* } 3 } */
