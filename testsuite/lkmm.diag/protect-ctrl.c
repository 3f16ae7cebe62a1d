/* The code of check-ctrl.c (docs/breakages.md C2, C3) with the protections, not
   in check mode: nothing reported (any warning is an excess error), and
   the branch still orders the stores.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "check-ctrl.c"
/* { dg-final { lkmm-ctrl-dep c2 a b } } */
/* { dg-final { lkmm-ctrl-dep c3 a b } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c2 a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c3 a b { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
