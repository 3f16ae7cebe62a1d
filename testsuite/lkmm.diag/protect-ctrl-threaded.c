/* Reduced by hand from tcp_plb_check_rehash() (net/ipv4/tcp_plb.c, arm64
   defconfig, warn=all: lkmm-unprotected on WRITE_ONCE(tp->plb_rehash, ...)
   and on the preempt count store of NET_INC_STATS() after it, control,
   head READ_ONCE(net->ipv4.sysctl_tcp_plb_rehash_rounds), issue 13).
   Kind a, a dependency the plugin does not keep, by the letter of the
   LKMM: forced_rehash is computed from the head first, and C's
   !forced_rehash && !idle_rehash tests it first on every path, so every
   path to the stores passes a test of the head.  The early GIMPLE has one
   branch, on ~forced & ~idle; jump threading later tests idle_rehash
   first and, where it holds, goes to the stores without testing
   forced_rehash (the tail is duplicated: one copy after the test of the
   head, one without).  On that path the stores execute whatever the head
   read, so nothing a program could see is lost unless it relies on
   ordering the stores after that read; a kernel reader would call it
   benign.  Not fixed (keeping it is ctrl-dep.c's, hiding the condition
   from threading): xfail.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
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
	forced_rehash = plb->consec_cong_rounds >= READ_ONCE(net->plb_rehash_rounds);	/* { dg-bogus "head load is here" "" { xfail aarch64*-*-* } } */
	idle_rehash = READ_ONCE(net->plb_idle_rehash_rounds) && !tp->packets_out &&
		      plb->consec_cong_rounds >= READ_ONCE(net->plb_idle_rehash_rounds);
	if (!forced_rehash && !idle_rehash)
		return;
	plb->consec_cong_rounds = 0;
	WRITE_ONCE(tp->plb_rehash, tp->plb_rehash + 1);	/* { dg-bogus "lkmm-unprotected" "kind a: the head's test threaded away on one path" { xfail aarch64*-*-* } } */
}
