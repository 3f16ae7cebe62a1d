/* A stats file that cannot be opened is an error, once, at the start.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-stats=no-such-dir/stats.tsv" } */
/* { dg-error "cannot open the stats file 'no-such-dir/stats.tsv': No such file or directory" "" { target *-*-* } 0 } */
int x;
