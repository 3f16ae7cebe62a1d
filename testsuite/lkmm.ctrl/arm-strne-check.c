/* Check mode on arm-strne.c: the RTL check sees a conditionally executed
   store (strne, strgt, strle) on flags from the head as a store no branch
   orders (docs/architectures.md), and says so for each.  At -O1 GCC 12
   keeps g's branch and puts f's strne on the if's line: not run.  */
/* { dg-do compile { target arm*-*-* } } */
/* { dg-skip-if "" { *-*-* } { "-O1" } { "" } } */
/* { dg-additional-options "-marm -fplugin-arg-lkmm-check" } */
/* { dg-prune-output "lkmm-unprotected|head load is here|In function" } */
#include "arm-strne.c"
/* { dg-final { scan-assembler {\tstr(ne|gt|le)\t} } } */
/* { dg-final { lkmm-compiler-output {arm-strne.c:15:[0-9]+: warning: the control dependency of this access on the head at line 14 [^\n]*lkmm-unprotected} } } */
/* { dg-final { lkmm-compiler-output {arm-strne.c:23:[0-9]+: warning: the control dependency of this access on the head at line 20 [^\n]*lkmm-unprotected} } } */
/* { dg-final { lkmm-compiler-output {arm-strne.c:25:[0-9]+: warning: the control dependency of this access on the head at line 20 [^\n]*lkmm-unprotected} } } */
