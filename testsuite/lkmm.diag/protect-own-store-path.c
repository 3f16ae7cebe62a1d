/* Reduced by hand from nf_nat_register_fn() (net/netfilter/nf_nat_core.c,
   arm64 defconfig, warn=all: lkmm-unprotected on priv =
   nat_ops[hooknum].priv, address, head rcu_dereference(net->gen) in
   net_generic(), issue 13).  Kind b, a misjudgement of what to check:
   nat_ops = nat_proto_net->nat_hook_ops is a plain load through a
   head-derived address, but on the path that has just allocated the
   table it reads what this function stored there, and GCC forwards the
   kmemdup_array() result on that path.  The LKMM gives no dependency
   through a load of the thread's own store (protect-own-store.c); on the
   other path the load is in the code and keeps the address dependency.
   expect.c now takes such a load as partial, as a PHI with an argument
   not derived from the head: nothing is reported.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
struct nf_hook_ops { void *priv; long pad[6]; };
struct proto_net { struct nf_hook_ops *hook_ops; unsigned users; };
struct nat_net { struct proto_net proto_net[11]; };
struct net_generic { unsigned len; void *ptr[]; };
struct net { struct net_generic *gen; };
struct nf_hook_ops *kmemdup_array(unsigned n);
void mutex_lock(void);
void mutex_unlock(void);
int insert(void *priv);

static inline void *net_generic(const struct net *net, unsigned id)
{
	struct net_generic *ng = rcu_dereference(net->gen);	/* { dg-bogus "head load is here" "" } */

	return ng->ptr[id];
}

int register_fn(struct net *net, unsigned id, unsigned pf, unsigned hooknum)
{
	struct nat_net *nat_net = net_generic(net, id);
	struct proto_net *proto_net = &nat_net->proto_net[pf];
	struct nf_hook_ops *nat_ops;
	void *priv;
	int ret;

	mutex_lock();
	if (!proto_net->hook_ops) {
		nat_ops = kmemdup_array(4);
		if (!nat_ops) {
			mutex_unlock();
			return -12;
		}
		proto_net->hook_ops = nat_ops;
	}
	nat_ops = proto_net->hook_ops;
	priv = nat_ops[hooknum].priv;	/* { dg-bogus "lkmm-unprotected" "kind b: its own store on one path" } */
	if (!priv) {
		mutex_unlock();
		return -95;
	}
	ret = insert(priv);
	if (ret == 0)
		proto_net->users++;
	mutex_unlock();
	return ret;
}
