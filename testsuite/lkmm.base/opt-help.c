/* help prints the option list and goes on compiling.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-help" } */
/* { dg-prune-output "keep Linux-kernel memory model dependencies" } */
/* { dg-prune-output "options: -fplugin-arg-lkmm-KEY" } */
/* { dg-prune-output "  (help|version|disable|verbose|check|implicit|warn|consume|acquire|dump)" } */
int x;
/* { dg-final { lkmm-compiler-output "options: -fplugin-arg-lkmm-KEY\\\[=VALUE\\\]" } } */
/* { dg-final { lkmm-compiler-output "\n  implicit=yes\\|no +" } } */
/* { dg-final { lkmm-compiler-output "\n  acquire=auto\\|always\\|never +promote" } } */
/* { dg-final { lkmm-compiler-output "\n  dump=SWITCH +what -fdump-SWITCH does" } } */
/* { dg-final { scan-assembler "x" } } */
