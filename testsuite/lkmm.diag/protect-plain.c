/* The code of check-plain.c (plain dependent loads, docs/breakages.md A1, A3)
   with the protections, not in check mode: the verification pass finds
   every dependency kept and reports nothing (any warning is an excess
   error), and the assembly shows them kept.  two() has a second,
   independent load of the same field at the dependent load's locus: one
   load through the head is enough.  */
/* { dg-do compile } */
/* { dg-skip-if "plain dependencies are tested on AArch64 and Alpha" { x86_64-*-* i?86-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "check-plain.c"
/* { dg-final { lkmm-addr-dep a1 gp } } */
/* { dg-final { lkmm-addr-dep a1_store gp -allow r } } */
/* { dg-final { lkmm-addr-dep a3 idx } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a1 gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a1_store gp -allow r { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep a3 idx { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
