/* A bad plugin option is an error naming what is valid.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-acquire=sometimes" } */
/* { dg-error "lkmm: bad value 'sometimes' for '-fplugin-arg-lkmm-acquire'; valid values: auto\\|always\\|never" "" { target *-*-* } 0 } */
int x;
