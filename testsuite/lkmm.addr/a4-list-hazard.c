/* The hazard of a4-list.c: GCC 12 reads the list head's fields from their
 * constant address at -O1, -O2 and -O3 (not at -Os). */
/* { dg-do compile } */
/* { dg-skip-if "GCC keeps these at -Os" { *-*-* } { "-Os" } { "" } } */
#include "a4-list.c"

/* { dg-final { lkmm-hazard lkmm-addr-dep walk_tail first { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep walk_count first { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
