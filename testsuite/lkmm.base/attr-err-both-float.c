/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
float g __attribute__((lkmm_ctrl_dep, lkmm_addr_dep)); /* { dg-error "'g' cannot be both 'lkmm_addr_dep' and 'lkmm_ctrl_dep': a value of type 'float' can head a control dependency only" } */
