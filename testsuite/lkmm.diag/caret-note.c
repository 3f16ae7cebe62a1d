/* With the source shown, a head in another file than the warning cannot
   be shown in the warning's snippet (GCC prints a secondary range only in
   the primary location's file): it gets its note, as in plain output.
   The head's declaration is included from caret-head.h.  */
/* { dg-do compile } */
/* { dg-additional-options "-fdiagnostics-show-caret -fdiagnostics-show-labels" } */
/* { dg-prune-output ".*" } */
#include "diag.h"
int a, b;

int f(void)
{
#include "caret-head.h"
	if (q)
		return READ_ONCE(b);
	return 0;
}
/* { dg-final { lkmm-compiler-output {caret-note.c:14: warning: this control dependency orders no store: [^\n]*\[lkmm-load-only-ctrl\]\n[^\n]*if \(q\)\n[ |]*\^\n(?:In file included from [^\n]*\n)?[^\n]*caret-head.h:2: note: the head load is here\n[^\n]*int q __lkmm_ctrl_dep = READ_ONCE\(a\);} } } */
