/* An lkmm attribute where it cannot be: the error names why, at its line.  */
/* { dg-do compile } */
float g __attribute__((lkmm_ctrl_dep));
int y;
void f(void) { if (g > 1.0f) y = 1; }
