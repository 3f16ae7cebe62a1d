/* Both attributes on one pointer are fine.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */
int *p __attribute__((lkmm_addr_dep, lkmm_ctrl_dep));
