/* Reduced by hand from tcp_plb_check_rehash() (net/ipv4/tcp_plb.c, arm64
   defconfig, warn=all: lkmm-unprotected on WRITE_ONCE(tp->plb_rehash, ...)
   and on the preempt count store of NET_INC_STATS() after it, control,
   head READ_ONCE(net->ipv4.sysctl_tcp_plb_rehash_rounds), issue 13).
   The front end folds !forced_rehash && !idle_rehash into one branch on
   ~forced & ~idle; threadfull1 decides it where idle_rehash is the
   constant 1 and goes to the stores without testing forced_rehash
   (check-ctrl-threaded.c: GCC alone).  The LKMM (explanation.txt)
   orders a store in an arm of an if after a load that affects the
   evaluation of its condition (herd7, which has no &&, does so for a &
   even where the other operand decides).  C's && evaluates
   forced_rehash first on every path, so every path to the stores must
   pass a branch on the head (for !idle_rehash && !forced_rehash, not
   where idle_rehash holds).  ctrl-first.c tests the head-derived operand
   first, on a branch of its own.  */
/* Reduced on AArch64, where the kernel build warned; GCC breaks it on
   every weakly ordered target.  */
/* { dg-do compile { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct netns_ipv4 { unsigned char plb_enabled, plb_idle_rehash_rounds, plb_rehash_rounds; };
struct tcp_sock { unsigned packets_out; unsigned plb_rehash; };
struct tcp_plb_state { unsigned char consec_cong_rounds:5, unused:3; unsigned pause_until; };

void tcp_plb_check_rehash(struct tcp_sock *tp, struct netns_ipv4 *net, struct tcp_plb_state *plb)
{
	_Bool forced_rehash, idle_rehash;

	if (!READ_ONCE(net->plb_enabled))
		return;
	forced_rehash = plb->consec_cong_rounds >= READ_ONCE(net->plb_rehash_rounds);	/* { dg-bogus "head load is here" } */
	idle_rehash = READ_ONCE(net->plb_idle_rehash_rounds) && !tp->packets_out &&
		      plb->consec_cong_rounds >= READ_ONCE(net->plb_idle_rehash_rounds);
	if (!forced_rehash && !idle_rehash)
		return;
	plb->consec_cong_rounds = 0;
	WRITE_ONCE(tp->plb_rehash, tp->plb_rehash + 1);	/* { dg-bogus "lkmm-unprotected" "the head's test threaded away on one path" } */
}
