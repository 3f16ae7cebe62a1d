/* Both attributes on one pointer are fine.  */
/* { dg-do compile } */
/* { dg-options "-O2 -std=c2x" } */
[[lkmm::addr_dep, lkmm::ctrl_dep]] int *p;
