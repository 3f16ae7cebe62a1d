/* -fdiagnostics-format=json: the lkmm warning is in the JSON, with its
   kind, its message and its location, and the note at the head load is a
   child of it.  */
/* { dg-do compile } */
/* { dg-additional-options "-fdiagnostics-format=json" } */
/* { dg-prune-output ".*" } */
#include "diag.h"
int a, b;

void f(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (q % 1)
		WRITE_ONCE(b, 1);
}
/* { dg-final { lkmm-compiler-output {"kind": "warning", [^\n]*"line": 14, "file": "[^"]*json.c"[^\n]*"message": "the condition does not depend on [^"]* after folding: no branch can order the stores that follow \[lkmm-constant-condition\]"} } } */
/* { dg-final { lkmm-compiler-output {"children": \[."kind": "note", [^\]]*"line": 12, [^\]]*\], "message": "the head is loaded here"} } } */
