/* version prints the plugin's version and its GCC.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-version" } */
/* { dg-prune-output "lkmm \\d+\\.\\d+\\.\\d+ \\(built for GCC" } */
int x;
/* { dg-final { lkmm-compiler-output "lkmm \\d+\\.\\d+\\.\\d+ \\(built for GCC 1\\d" } } */
