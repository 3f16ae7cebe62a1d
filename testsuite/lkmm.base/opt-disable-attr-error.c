/* disable: attributes are still checked.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-lkmm-disable" } */
struct t { int a; };
struct t g __attribute__((lkmm_addr_dep)); /* { dg-error "'lkmm_addr_dep' attribute needs a pointer or integer type, not 'struct t'" } */
