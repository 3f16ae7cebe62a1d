/* check-c1.c (docs/breakages.md C1, -Os) with the protections: nothing reported,
   the store stays behind the branch.  */
/* { dg-do compile } */
/* { dg-skip-if "check mode is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-Os" } */
#include "check-c1.c"
/* { dg-final { lkmm-ctrl-dep c1 a b } } */
/* { dg-final { lkmm-hazard lkmm-ctrl-dep c1 a b { target aarch64*-*-* powerpc64*-*-* arm*-*-* } } } */
