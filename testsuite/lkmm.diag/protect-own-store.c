/* Reduced by hand from audit_net_init() (kernel/audit.c, arm64 defconfig,
   warn=all: lkmm-unprotected on aunet->sk->sk_sndtimeo, head
   rcu_dereference(net->gen) in net_generic(), issue 13), 1 of the 32.
   Kind b, a misjudgement of what to check: aunet->sk is a plain load
   through a head-derived address, so it heads in its turn, but it reads
   the value this function has just stored there (the socket
   netlink_create() returned).  GCC forwards the stored value, as it may
   for a plain access; the LKMM gives no dependency from the head through
   a load of the thread's own store, and the store of sk_sndtimeo has none
   to keep.  Not fixed: heads.c would have to leave out a load that reads
   the function's own store.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct sock { int flags; long sndtimeo; };
struct audit_net { struct sock *sk; };
struct net_generic { unsigned len; void *ptr[]; };
struct net { struct net_generic *gen; };
struct sock *netlink_create(struct net *net);

static inline void *net_generic(const struct net *net, unsigned id)
{
	struct net_generic *ng = rcu_dereference(net->gen);	/* { dg-bogus "head load is here" "" { xfail *-*-* } } */

	return ng->ptr[id];
}

int audit_net_init(struct net *net, unsigned id)
{
	struct audit_net *aunet = net_generic(net, id);

	aunet->sk = netlink_create(net);
	if (aunet->sk == 0)
		return -12;
	aunet->sk->sndtimeo = 25;	/* { dg-bogus "lkmm-unprotected" "kind b: a load of its own store" { xfail *-*-* } } */
	return 0;
}
