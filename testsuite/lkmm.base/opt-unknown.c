/* An unknown key is an error listing the valid keys.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-bogus" } */
/* { dg-error "unknown option '-fplugin-arg-lkmm-bogus'; valid keys: help, version, disable, verbose, check, implicit=yes\\|no, warn=default\\|all\\|pedantic, consume=acquire\\|relaxed, acquire=auto\\|always\\|never" "" { target *-*-* } 0 } */
int x;
