/* The code of check-addr.c (docs/breakages.md A1-A4) with the protections, not in
   check mode: the verification pass finds every dependency kept and
   reports nothing (any warning is an excess error), and the assembly
   shows them kept.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "check-addr.c"
/* { dg-final { lkmm-addr-dep a1 gp } } */
/* { dg-final { lkmm-addr-dep a3 idx } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a1 gp } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a3 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
