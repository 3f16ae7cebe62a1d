/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/* The second unit of litmus/C6-lto-legs.litmus: two functions that begin
   with the same store (and could go on differently). */
#include "litmus.h"

void do_x(int *b)
{
	WRITE_ONCE(*b, 1);
}

void do_y(int *b)
{
	WRITE_ONCE(*b, 1);
}
