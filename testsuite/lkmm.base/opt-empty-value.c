/* A bad plugin option is an error naming what is valid.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-warn=" } */
/* { dg-error "lkmm: option '-fplugin-arg-lkmm-warn' needs a value: default\\|all\\|pedantic" "" { target *-*-* } 0 } */
int x;
