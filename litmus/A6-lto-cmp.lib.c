/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The second unit of litmus/A6-lto-cmp.litmus: the default object's
   address, known to the thread's unit only after link-time inlining. */
extern int cfg;

int *get_default(void)
{
	return &cfg;
}
