/* Reduced by hand from ip_route_input_slow() and __ip_do_redirect()
   (net/ipv4/route.c, arm64 defconfig, warn=all: lkmm-unprotected on
   read_pnet()'s pnet->net, address, head rcu_dereference(dev->ip_ptr) in
   __in_dev_get_rcu(), issue 13); fuse_dentry_revalidate()
   (fs/fuse/dir.c: get_node_id()'s ->nodeid, head d_inode_rcu()) reads
   the same.  Kind b, a misjudgement of the verifier: an inline helper's
   plain load is expanded twice, once through the head
   (dev_net(in_dev->dev) under IN_DEV_ORCONF()), once through a value
   that is not derived from it (dev_net(dev) of the parameter).  GCC
   expands the dependent one at its user's locus (the READ_ONCE() it
   feeds), the other keeps the helper's, as its value has two users.  The
   verifier finds only the other expansion's insn at the access's locus,
   sees its address come from the parameter and calls the dependency
   broken; the code loads the dependent one through the head's register.
   The insn that stands for it still names it in its MEM_EXPR (the
   helper's line), which the verifier does not read.  The same for a data
   dependency (create_child(), from tcp_create_openreq_child(),
   net/ipv4/tcp_minisocks.c: minmax_reset(&newtp->rtt_min, tcp_jiffies32,
   ~0U), 1 lkmm-unprotected): the store of s[0].t takes the caller's
   locus, and on minmax_reset()'s line only the store of ~0U and the
   copies of s[0] to s[1] and s[2] (through memory, the function's own
   store) are left.  Now expect-twins.c marks such an access (twin: another
   access at its locus not from its head, after IPA inlining too), and the
   verifier also takes an insn away from its locus that makes it through
   (for data, with) a head-derived register: kept, nothing reported.
   check-inline-locus.c: the same shape where GCC breaks the dependent
   expansion, still reported.  */
/* Reduced on AArch64; the same on the other weakly ordered targets (the
   data store is kept at its locus on ARM, the load on Alpha).  */
/* { dg-do compile } */
/* { dg-skip-if "the verifier checks protect mode on weakly ordered targets" { x86_64-*-* i?86-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all -fplugin-arg-lkmm-dump=rtl-lkmm_verify" } */
#include "diag.h"
struct devconf { int data[32]; };
struct net { long pad[4]; struct devconf *devconf_all; };
typedef struct { struct net *net; } possible_net_t;
struct in_device;
struct net_device { long pad[35]; possible_net_t nd_net; struct in_device *ip_ptr; };
struct in_device { struct net_device *dev; int conf[32]; };
void use(struct net *);

static inline struct net *read_pnet(const possible_net_t *pnet)
{
	return pnet->net;	/* { dg-bogus "lkmm-unprotected" "kind b: the other expansion at its locus" } */
}

static inline struct net *dev_net(const struct net_device *dev)
{
	return read_pnet(&dev->nd_net);
}

int input_slow(struct net_device *dev)
{
	struct in_device *in_dev = rcu_dereference(dev->ip_ptr);	/* { dg-bogus "head load is here" "" } */
	struct net *net;

	if (!in_dev)
		return 0;
	net = dev_net(dev);
	use(net);
	use(net);
	if (READ_ONCE(dev_net(in_dev->dev)->devconf_all->data[3]) ||
	    READ_ONCE(in_dev->conf[3]))
		return 1;
	return 2;
}

/* arp_process() (net/ipv4/arp.c): the other expansion comes with IPA
   inlining (arp_filter()'s dev_net(dev)), after the early pass recorded
   the expectations; the late run marks the twin.  */
int route(struct net *, int, int);

static int arp_filter(struct net_device *dev, int sip, int tip)
{
	struct net *net = dev_net(dev);
	int r;

	use(net);
	r = route(net, sip, tip);
	if (r < 0)
		return route(net, tip, sip) + route(net, sip, sip);
	return r + route(net, tip, tip);
}

int arp_process(struct net_device *dev, int sip, int tip)
{
	struct in_device *in_dev = rcu_dereference(dev->ip_ptr);	/* { dg-bogus "head load is here" "" } */

	if (!in_dev)
		return 0;
	if (READ_ONCE(dev_net(in_dev->dev)->devconf_all->data[3]) &&
	    arp_filter(dev, sip, tip))
		return 1;
	return 2;
}

extern volatile unsigned long jiffies;
#define tcp_jiffies32 ((unsigned int)jiffies)
struct minmax_sample { unsigned int t, v; };
struct minmax { struct minmax_sample s[3]; };
struct tcp_sock { unsigned int snd_wl1; struct minmax rtt_min; unsigned int lsndtime; };

static inline unsigned int minmax_reset(struct minmax *m, unsigned int t, unsigned int meas)
{
	struct minmax_sample val = { .t = t, .v = meas };

	m->s[2] = m->s[1] = m->s[0] = val;	/* { dg-bogus "lkmm-unprotected" "kind b: the dependent store at its caller's locus" } */
	return m->s[0].v;
}

void create_child(struct tcp_sock *newtp, unsigned int isn)
{
	newtp->snd_wl1 = isn;
	minmax_reset(&newtp->rtt_min, tcp_jiffies32, ~0U);	/* { dg-bogus "head load is here" "" } */
	newtp->lsndtime = tcp_jiffies32;
}
/* { dg-final { scan-rtl-dump "plain load\\) of the access at line 44 on the head at line 54: kept, away from its locus" lkmm_verify { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { scan-rtl-dump "plain load\\) of the access at line 44 on the head at line 87: kept, away from its locus" lkmm_verify { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { scan-rtl-dump "plain store\\) of the access at line 107 on the head at line 114: kept, away from its locus" lkmm_verify { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* } } } */
