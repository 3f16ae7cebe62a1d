/* With the source shown (GCC's default; the testsuite's plain output
   turns it off), a head in the warning's own file is shown in the
   warning's snippet with a label, the head and the access in source
   order, and no note follows (plugin/warn.c; GCC's C parser does the same
   with "to match this").  caret-note.c and caret-json.c: where the label
   cannot be seen, the note stays.  */
/* { dg-do compile } */
/* { dg-additional-options "-fdiagnostics-show-caret -fdiagnostics-show-labels" } */
/* { dg-prune-output ".*" } */
#include "diag.h"
int a, b;

void f(void)
{
	int q __lkmm_ctrl_dep = READ_ONCE(a);

	if (q % 1)
		WRITE_ONCE(b, 1);
}
/* { dg-final { lkmm-compiler-output {caret-label.c:17: warning: the condition does not depend on 'q' after folding: [^\n]*\[lkmm-constant-condition\]\n(?:[^\n]*caret-label.c:15:\n)?[^\n]*int q __lkmm_ctrl_dep = READ_ONCE\(a\);\n[ |]*~\n[ |]*\|\n[ |]*the head is loaded here\n} } } */
/* { dg-final { lkmm-compiler-output {the head is loaded here\n(?:[^\n]*\n)?[^\n]*if \(q % 1\)\n[ |]*\^} } } */
/* { dg-final { lkmm-compiler-output {^(?:(?!note:).)*$} } } */
