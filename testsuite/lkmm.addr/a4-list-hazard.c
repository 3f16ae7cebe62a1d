/* The hazard of a4-list.c: GCC 12 reads the list head's fields from their
 * constant address at -O1, -O2 and -O3, and at -Os too on RISC-V, PowerPC
 * and 32-bit ARM (not on AArch64). */
/* { dg-do compile } */
/* { dg-skip-if "GCC keeps these at -Os on AArch64" { aarch64*-*-* } { "-Os" } { "" } } */
#include "a4-list.c"

/* { dg-final { lkmm-hazard lkmm-addr-dep walk_tail first { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep walk_count first { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
