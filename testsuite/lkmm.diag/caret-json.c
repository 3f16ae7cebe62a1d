/* -fdiagnostics-format=json with the source shown: no snippet is printed,
   so the head load stays a note, a child of the warning, as in json.c.  */
/* { dg-do compile } */
/* { dg-additional-options "-fdiagnostics-show-caret -fdiagnostics-show-labels -fdiagnostics-format=json" } */
/* { dg-prune-output ".*" } */
#include "diag.h"
int a, b;

void f(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (q % 1)
		WRITE_ONCE(b, 1);
}
/* { dg-final { lkmm-compiler-output {"children": \[."kind": "note", [^\]]*"line": 11, [^\]]*\], "message": "the head is loaded here"} } } */
/* { dg-final { lkmm-compiler-output {^(?:(?!"label").)*$} } } */
