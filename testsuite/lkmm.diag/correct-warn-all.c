/* The correct code of correct-annotated.c, with -fplugin-arg-lkmm-warn=all:
   still no warning.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "correct-annotated.c"
