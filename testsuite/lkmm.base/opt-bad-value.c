/* A bad plugin option is an error naming what is valid.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-consume=seq_cst" } */
/* { dg-error "lkmm: bad value 'seq_cst' for '-fplugin-arg-lkmm-consume'; valid values: acquire\\|relaxed" "" { target *-*-* } 0 } */
int x;
