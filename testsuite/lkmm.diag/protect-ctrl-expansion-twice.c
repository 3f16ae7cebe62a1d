/* Reduced by hand from ip_rt_send_redirect() (net/ipv4/route.c, arm64
   defconfig, warn=all, issue 13): the shape under protect-auto-init.c,
   with a WRITE_ONCE() in place of the compiler's store.  Kind b, a
   misjudgement of the verifier: ipv4_devconf_get()'s READ_ONCE() is
   expanded twice, once in the test that returns (IN_DEV_TX_REDIRECTS()),
   once for log_martians (IN_DEV_LOG_MARTIANS()), whose value nothing
   tests.  The store is in the leg of the first expansion's branch, which
   the code keeps; the verifier takes every insn at the head's locus as
   the head and follows the path from the second expansion, which passes
   no branch on it, and calls the control dependency broken.  The
   dependent side was sorted per inline expansion
   (protect-inline-twice.c); the head side is not: verify.c belongs to
   the verifier's owner, xfail until then (the ppc64le shape of
   protect-expansion-twice.c is the address-dependency form).  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
extern volatile unsigned long jiffies;
struct devconf { int data[32]; };
struct net { struct devconf *devconf_all; };
struct in_device { struct net *net; int conf[32]; };
struct inet_peer { unsigned long rate_last; int rate_tokens, n_redirects; };
struct net_device { struct in_device *ip_ptr; };
struct inet_peer *inet_getpeer(void);

static inline int ipv4_devconf_get(const struct in_device *in_dev, int index)
{
	index--;
	return READ_ONCE(in_dev->conf[index]);	/* { dg-bogus "head load is here" "" { xfail aarch64*-*-* } } */
}
#define IN_DEV_ORCONF(in_dev, i) \
	(READ_ONCE((in_dev)->net->devconf_all->data[i]) || ipv4_devconf_get(in_dev, i))

void send_redirect(struct net_device *dev)
{
	struct in_device *in_dev = rcu_dereference(dev->ip_ptr);
	struct inet_peer *peer;
	int log_martians;

	if (!in_dev || !IN_DEV_ORCONF(in_dev, 3))
		return;
	log_martians = IN_DEV_ORCONF(in_dev, 7);
	peer = inet_getpeer();
	if (!peer)
		return;
	if ((long)(peer->rate_last + 100 - jiffies) < 0)
		WRITE_ONCE(peer->rate_tokens, 0);	/* { dg-bogus "lkmm-unprotected" "kind b: the head's other expansion" { xfail aarch64*-*-* } } */
}
