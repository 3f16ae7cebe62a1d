/* Reduced by hand from ip_rt_send_redirect() (net/ipv4/route.c, arm64
   defconfig, warn=all: lkmm-unprotected on time_after(jiffies, ...) at
   two lines, control, head READ_ONCE() in ipv4_devconf_get() under
   IN_DEV_TX_REDIRECTS() and IN_DEV_LOG_MARTIANS(), issue 13).  Kind b, a
   misjudgement of what to check: the "access" is typecheck()'s local
   __typeof__(jiffies) __dummy2, a volatile local that the kernel's
   -ftrivial-auto-var-init=zero initializes with a volatile store to the
   stack (__dummy2 ={v} .DEFERRED_INIT (...)).  That store is not in the
   source and no other CPU sees the local; expect.c no longer asks a
   control dependency of it.
   What made the verifier call it broken is a shape of its own, the second
   function below, send_redirect(), with a WRITE_ONCE() in place of the
   compiler's store.  Kind b, a misjudgement of the verifier:
   ipv4_devconf_get()'s READ_ONCE() is expanded twice, once in the test
   that returns (IN_DEV_TX_REDIRECTS()), once for log_martians
   (IN_DEV_LOG_MARTIANS()), whose value nothing tests.  The store is in
   the leg of the first expansion's branch, which the code keeps (on the
   path where the devconf_all test already decided, neither expansion is
   tested, as in the source: protect-skip-test.c); the verifier takes
   every insn at the head's locus as the head, follows the path on which
   only the second expansion is loaded, which passes no branch on it, and
   calls the control dependency broken.  The dependent side was sorted per
   inline expansion (protect-inline-twice.c); the head side is not:
   the verifier now takes a second volatile load of the head's place,
   through the same expression, as a head too (the shape of
   protect-expansion-twice.c, whose ppc64le form is an address
   dependency), and the two lines below are no longer xfail.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all -ftrivial-auto-var-init=zero" } */
#include "diag.h"
extern volatile unsigned long jiffies;
#define typecheck(type, x) \
({	type __dummy; \
	__typeof__(x) __dummy2; \
	(void)(&__dummy == &__dummy2); \
	1; \
})
#define time_after(a, b) \
	(typecheck(unsigned long, a) && \
	 typecheck(unsigned long, b) && \
	 ((long)((b) - (a)) < 0))
struct devconf { int data[32]; };
struct net { struct devconf *devconf_all; };
struct in_device { struct net *net; int conf[32]; };
struct inet_peer { unsigned long rate_last; int rate_tokens, n_redirects; };
struct net_device { struct in_device *ip_ptr; };
struct inet_peer *inet_getpeer(void);
void icmp_send(void);

static inline int ipv4_devconf_get(const struct in_device *in_dev, int index)
{
	index--;
	return READ_ONCE(in_dev->conf[index]);	/* { dg-bogus "head load is here" } */
}
#define IN_DEV_ORCONF(in_dev, i) \
	(READ_ONCE((in_dev)->net->devconf_all->data[i]) || ipv4_devconf_get(in_dev, i))

void ip_rt_send_redirect(struct net_device *dev)
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
	if (time_after(jiffies, peer->rate_last + 100)) {	/* { dg-bogus "lkmm-unprotected" "kind b: a compiler-made store to a local" } */
		peer->rate_tokens = 0;
		peer->n_redirects = 0;
	}
	if (peer->n_redirects == 0 ||
	    time_after(jiffies, peer->rate_last + (20 << peer->n_redirects))) {	/* { dg-bogus "lkmm-unprotected" "kind b: a compiler-made store to a local" } */
		icmp_send();
		peer->rate_last = jiffies;
		++peer->n_redirects;
	}
}

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
		WRITE_ONCE(peer->rate_tokens, 0);	/* { dg-bogus "lkmm-unprotected" "kind b: the head's other expansion" } */
}
