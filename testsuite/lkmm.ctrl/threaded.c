/* lkmm.diag/protect-ctrl-threaded.c on globals, for the assembly
   checkers: !forced && !idle is one branch on ~forced & ~idle, forced from
   the head; jump threading decides it where idle is known and reaches the
   store without testing the head (GCC alone, -O2 and up).  ctrl-first.c
   tests forced first: on every path a branch on the head before the
   store.  */
/* { dg-do compile } */
#include "ctrl.h"
struct state { unsigned char rounds:5, unused:3; };
unsigned char enabled, idle_rounds, rehash_rounds;
unsigned packets_out, rehash;
struct state plb;

void check_rehash(void)
{
	_Bool forced, idle;

	if (!READ_ONCE(enabled))
		return;
	forced = plb.rounds >= READ_ONCE(rehash_rounds);
	idle = READ_ONCE(idle_rounds) && !packets_out &&
	       plb.rounds >= READ_ONCE(idle_rounds);
	if (!forced && !idle)
		return;
	plb.rounds = 0;
	WRITE_ONCE(rehash, rehash + 1);
}

/* The same with ||: the store is on the leg the other operand decides
   when it is true. */
void check_rehash_or(void)
{
	_Bool forced, idle;

	forced = plb.rounds >= READ_ONCE(rehash_rounds);
	idle = READ_ONCE(idle_rounds) && !packets_out &&
	       plb.rounds >= READ_ONCE(idle_rounds);
	if (forced || idle)
		WRITE_ONCE(rehash, rehash + 1);
}
/* { dg-final { lkmm-ctrl-dep check_rehash rehash_rounds rehash } } */
/* { dg-final { lkmm-ctrl-dep check_rehash_or rehash_rounds rehash } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep check_rehash rehash_rounds rehash } } */
/* { dg-final { lkmm-hazard-at {-O2 -O3 -Os} lkmm-ctrl-dep check_rehash_or rehash_rounds rehash } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
