/* The hazard of a2-other.c: GCC 12 puts the other pointer's register in
 * the head's place from -O2 on (RTL CSE follows the jump). */
/* { dg-do compile } */
/* { dg-skip-if "GCC keeps these at -O1" { *-*-* } { "-O1" } { "" } } */
#include "a2-other.c"

/* { dg-final { lkmm-hazard lkmm-addr-dep vs_call gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep vs_call gp { target arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep vs_head2 gq -allow gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
