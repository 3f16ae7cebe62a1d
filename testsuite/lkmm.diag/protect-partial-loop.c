/* Reduced by hand from kernel/rcu/tree.c rcu_gp_fqs_loop() (arm64
   defconfig, warn=all: lkmm-unprotected, data and control, on
   WRITE_ONCE(rcu_state.jiffies_force_qs, jiffies + j), head j = jiffies,
   issue 13).  j comes from that head on one path only (j = 1 on the
   other), so jiffies + j depends on it on some paths only; the code keeps
   the dependency on that path.  The recorded head of jiffies + j was j's,
   but the value was not taken as partial because jiffies heads too: a
   misjudgement of what the verifier must check.  Partial now counts per
   head, and a branch on a partial value is not checked either, as
   addresses and data were not.  Nothing is reported.  */
/* { dg-do compile } */
/* { dg-skip-if "the verifier is tested on AArch64" { x86_64-*-* i?86-*-* alpha*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
extern volatile unsigned long jiffies;
struct st { unsigned long force, kick; int cbovld; unsigned long qsmask; } s;
unsigned long till_first, till_next;
void wait_fqs(unsigned long j);
int check(void);

void loop(void)
{
	unsigned long j = READ_ONCE(till_first);
	int ret = 0;

	for (;;) {
		if (s.cbovld)
			j = (j + 2) / 3;
		if (!ret || (long)(jiffies + j - s.force) < 0) {
			WRITE_ONCE(s.force, jiffies + j);
			WRITE_ONCE(s.kick, jiffies + (j ? 3 * j : 2));
		}
		wait_fqs(j);
		if (!READ_ONCE(s.qsmask))
			break;
		if (check()) {
			ret = 0;
			j = READ_ONCE(till_next);
		} else {
			ret = 1;
			j = jiffies;
			if ((long)(s.force - jiffies) < 0)
				j = 1;
			else
				j = s.force - j;
		}
	}
}
