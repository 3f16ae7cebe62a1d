/* caret-note.c's head, in another file than its warning. */
	int q __lkmm_ctrl_dep = READ_ONCE(a);
