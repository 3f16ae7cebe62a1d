/* The hazard twin of protect-ctrl-threaded.c: in check mode, GCC alone
   threads the branch on the head away where idle_rehash holds
   (threadfull1), and the verifier reports the store.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-check -fplugin-arg-lkmm-warn=all" } */
#include "protect-ctrl-threaded.c"
/* { dg-warning "control dependency of this access on the head at line 31 was broken by optimization" "" { target *-*-* } 37 } */
/* { dg-message "head load is here" "" { target *-*-* } 31 } */
