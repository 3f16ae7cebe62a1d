/* dump=SWITCH is GCC's -fdump-SWITCH: an unknown one is GCC's error.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-dump=tree-lkmm_laet" } */
/* { dg-error "unrecognized command-line option '-fdump-tree-lkmm_laet'; did you mean '-fdump-tree-lkmm_late'" "" { target *-*-* } 0 } */
int x;
