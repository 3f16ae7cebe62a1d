/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
/* { dg-options "-O2 -std=c2x" } */
struct t { int a; };
[[lkmm::addr_dep]] struct t g; /* { dg-error "'addr_dep' attribute needs a pointer or integer type" } */
