/* The hazard twin of arm-strne.c: without lkmm GCC if-converts the
   guarded stores of f and g into conditionally executed ones (strne,
   strgt, strle) on flags from the head, at every level (-marm), which
   the ARMv7 model does not order after the head.  */
/* { dg-do compile { target arm*-*-* } } */
/* { dg-lkmm-no-plugin "" } */
/* { dg-additional-options "-marm" } */
#include "arm-strne.c"
/* { dg-final { scan-assembler {\tstr(eq|ne|cs|cc|mi|pl|vs|vc|hi|ls|ge|lt|gt|le)} } } */
