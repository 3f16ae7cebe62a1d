/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
struct t { int a; };
struct t g __attribute__((lkmm_ctrl_dep)); /* { dg-error "'lkmm_ctrl_dep' attribute needs a scalar" } */
