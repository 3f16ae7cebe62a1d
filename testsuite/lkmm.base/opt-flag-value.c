/* A bad plugin option is an error naming what is valid.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-verbose=1" } */
/* { dg-error "lkmm: option '-fplugin-arg-lkmm-verbose' takes no value" "" { target *-*-* } 0 } */
int x;
