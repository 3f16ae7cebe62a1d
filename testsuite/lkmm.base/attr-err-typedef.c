/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
typedef int *ip __attribute__((lkmm_ctrl_dep)); /* { dg-error "'lkmm_ctrl_dep' attribute cannot be applied to typedef 'ip'" } */
