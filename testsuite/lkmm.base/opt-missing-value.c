/* A bad plugin option is an error naming what is valid.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-implicit" } */
/* { dg-error "lkmm: option '-fplugin-arg-lkmm-implicit' needs a value: yes\\|no" "" { target *-*-* } 0 } */
int x;
