/*
 * init: the whole userspace of the kernel-boot initramfs (scripts/kernel-boot).
 *
 * A static program with no libc, so that it runs wherever the kernel runs
 * (a static glibc init crashes in __ctype_init on Alpha under QEMU, with and
 * without the plugin).  It checks that the compiled kernel serves the basic
 * system calls: write, getpid, getppid, uname, clone (fork), wait4, kill,
 * rt_sigaction with a handler and its return through rt_sigreturn, and a
 * child killed by a signal and reaped with that status.  Each step prints
 * "init: ..." and a failed step prints "init: FAIL ..."; the last line is
 * "init: ok".  Then it sleeps: the torture test powers the machine off.
 *
 * Build: CC -static -nostdlib -ffreestanding -fno-stack-protector -O2
 *        -o init init.c -lgcc
 * for aarch64-linux-gnu, alpha-linux-gnu, riscv64-linux-gnu or
 * powerpc64le-linux-gnu.
 */

typedef unsigned long ulong;

#if defined(__aarch64__) || defined(__riscv)

/*
 * The generic system call table (asm-generic/unistd.h) and a call that
 * returns -errno in the first argument register: the number in NR, the
 * arguments in A0-A4, the trap instruction INSN.
 */
#define NR_write	64
#define NR_exit		93
#define NR_getpid	172
#define NR_getppid	173
#define NR_uname	160
#define NR_clone	220
#define NR_wait4	260
#define NR_kill		129
#define NR_rt_sigaction	134
#define NR_rt_sigreturn	139
#define NR_nanosleep	101
#define SIGUSR1		10
#define SIGCHLD		17

#define GENERIC_SC(INSN, NR, A0, A1, A2, A3, A4)				\
static long sc(long n, long a, long b, long c, long d, long e)		\
{									\
	register long rn __asm__(NR) = n;				\
	register long r0 __asm__(A0) = a;				\
	register long r1 __asm__(A1) = b;				\
	register long r2 __asm__(A2) = c;				\
	register long r3 __asm__(A3) = d;				\
	register long r4 __asm__(A4) = e;				\
									\
	__asm__ volatile(INSN						\
			 : "+r"(r0)					\
			 : "r"(rn), "r"(r1), "r"(r2), "r"(r3), "r"(r4)	\
			 : "memory");					\
	return r0;							\
}

#endif

#if defined(__aarch64__)
#define SA_RESTORER	0x04000000UL

GENERIC_SC("svc #0", "x8", "x0", "x1", "x2", "x3", "x4")

/* The kernel's struct sigaction on arm64: the restorer is a field. */
struct ksigaction {
	void (*handler)(int);
	ulong flags;
	void (*restorer)(void);
	ulong mask;
};

/* The return from a handler: rt_sigreturn restores the interrupted frame. */
void restorer(void);
__asm__(".text\n.globl restorer\n.type restorer, %function\nrestorer:\n"
	"\tmov x8, #139\n\tsvc #0\n");

__asm__(".text\n.globl _start\n.type _start, %function\n_start:\n"
	"\tmov x29, #0\n\tmov x30, #0\n\tbl cmain\n\tb .\n");

static long sigaction(int sig, void (*h)(int))
{
	struct ksigaction sa = { h, SA_RESTORER, restorer, 0 };

	return sc(NR_rt_sigaction, sig, (long)&sa, 0, sizeof(ulong), 0);
}

static long getpid(void) { return sc(NR_getpid, 0, 0, 0, 0, 0); }

#elif defined(__alpha__)

#define NR_write	4
#define NR_exit		1
#define NR_getxpid	20
#define NR_getppid	532
#define NR_uname	339
#define NR_clone	312
#define NR_wait4	365
#define NR_kill		37
#define NR_rt_sigaction	352
#define NR_rt_sigreturn	351
#define NR_nanosleep	340
#define SIGUSR1		30
#define SIGCHLD		20
#define SA_SIGINFO	0x40

/*
 * callsys: number in v0 ($0), arguments in a0-a5 ($16-$21); the result in
 * v0, and a3 ($19) is nonzero when v0 is a positive errno.
 */
static long sc(long n, long a, long b, long c, long d, long e)
{
	register long v0 __asm__("$0") = n;
	register long a0 __asm__("$16") = a;
	register long a1 __asm__("$17") = b;
	register long a2 __asm__("$18") = c;
	register long a3 __asm__("$19") = d;
	register long a4 __asm__("$20") = e;

	__asm__ volatile("callsys"
			 : "+r"(v0), "+r"(a0), "+r"(a1), "+r"(a2), "+r"(a3), "+r"(a4)
			 :
			 : "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8",
			   "$21", "$22", "$23", "$24", "$25", "$27", "$28", "memory");
	return a3 ? -v0 : v0;
}

/* The kernel's struct sigaction on Alpha; the restorer is the 5th argument. */
struct ksigaction {
	void (*handler)(int);
	ulong flags;
	ulong mask;
};

/*
 * The return from a handler: the kernel calls the handler with ra = the
 * restorer and sp = the signal frame, which rt_sigreturn takes in a0.  The
 * frame is an rt frame only with SA_SIGINFO (without it, the old frame of
 * sigreturn).
 */
void restorer(void);
__asm__(".text\n.globl restorer\n.ent restorer\nrestorer:\n"
	"\tmov $30, $16\n\tlda $0, 351($31)\n\tcallsys\n.end restorer\n");

/* gp from the entry address, then cmain with pv = its address. */
__asm__(".text\n.globl _start\n.ent _start\n_start:\n"
	"\tbr $29, 1f\n1:\tldgp $29, 0($29)\n"
	"\tlda $27, cmain\n\tjsr $26, ($27), cmain\n"
	"2:\tbr 2b\n.end _start\n");

static long sigaction(int sig, void (*h)(int))
{
	struct ksigaction sa = { h, SA_SIGINFO, 0 };

	return sc(NR_rt_sigaction, sig, (long)&sa, 0, sizeof(ulong), (long)restorer);
}

/* getxpid: the pid in v0 (the parent's in a4). */
static long getpid(void) { return sc(NR_getxpid, 0, 0, 0, 0, 0); }

#elif defined(__riscv) && __riscv_xlen == 64

/* ecall: number in a7, arguments in a0-a5. */
GENERIC_SC("ecall", "a7", "a0", "a1", "a2", "a3", "a4")

/*
 * The kernel's struct sigaction on riscv has no restorer: the handler
 * returns to the vDSO's __vdso_rt_sigreturn (ra), which the kernel maps
 * into every process.
 */
struct ksigaction {
	void (*handler)(int);
	ulong flags;
	ulong mask;
};

/* gp for the linker's gp-relative relaxations, then cmain. */
__asm__(".text\n.globl _start\n.type _start, @function\n_start:\n"
	".option push\n.option norelax\n\tla gp, __global_pointer$\n.option pop\n"
	"\tli ra, 0\n\tcall cmain\n1:\tj 1b\n");

static long sigaction(int sig, void (*h)(int))
{
	struct ksigaction sa = { h, 0, 0 };

	return sc(NR_rt_sigaction, sig, (long)&sa, 0, sizeof(ulong), 0);
}

static long getpid(void) { return sc(NR_getpid, 0, 0, 0, 0, 0); }

#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)

#define NR_write	4
#define NR_exit		1
#define NR_getpid	20
#define NR_getppid	64
#define NR_uname	122
#define NR_clone	120
#define NR_wait4	114
#define NR_kill		37
#define NR_rt_sigaction	173
#define NR_nanosleep	162
#define SIGUSR1		10
#define SIGCHLD		17

/*
 * sc: number in r0, arguments in r3-r8; the result in r3, a positive errno
 * when cr0.SO is set.  The kernel may clobber r0, r4-r12, cr0 and ctr.
 */
static long sc(long n, long a, long b, long c, long d, long e)
{
	register long r0 __asm__("r0") = n;
	register long r3 __asm__("r3") = a;
	register long r4 __asm__("r4") = b;
	register long r5 __asm__("r5") = c;
	register long r6 __asm__("r6") = d;
	register long r7 __asm__("r7") = e;
	long so;

	__asm__ volatile("sc\n\tmfcr %6\n"
			 : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7),
			   "=&r"(so)
			 :
			 : "r8", "r9", "r10", "r11", "r12", "cr0", "ctr", "memory");
	return (so & 0x10000000) ? -r3 : r3;
}

/*
 * The kernel's struct sigaction on powerpc has a restorer field, which
 * 64-bit signal delivery does not use: the handler returns to the vDSO's
 * rt_sigreturn trampoline (or one on the stack).
 */
struct ksigaction {
	void (*handler)(int);
	ulong flags;
	void (*restorer)(void);
	ulong mask;
};

/*
 * ELFv2: the TOC pointer (r2) from the entry address, a 16-byte aligned
 * stack with room for cmain's frame, then cmain (through its local entry).
 */
__asm__(".text\n.globl _start\n.type _start, @function\n_start:\n"
	"\tbcl 20, 31, 1f\n1:\tmflr 12\n"
	"\taddis 2, 12, (.TOC. - 1b)@ha\n\taddi 2, 2, (.TOC. - 1b)@l\n"
	"\tclrrdi 1, 1, 4\n\tli 0, 0\n\tstdu 0, -128(1)\n"
	"\tbl cmain\n\tnop\n2:\tb 2b\n");

static long sigaction(int sig, void (*h)(int))
{
	struct ksigaction sa = { h, 0, 0, 0 };

	return sc(NR_rt_sigaction, sig, (long)&sa, 0, sizeof(ulong), 0);
}

static long getpid(void) { return sc(NR_getpid, 0, 0, 0, 0, 0); }

#else
#error "init.c: no system call stubs for this architecture"
#endif

#define SIGTERM 15

static ulong len(const char *s)
{
	ulong n = 0;

	while (s[n])
		n++;
	return n;
}

static void put(const char *s) { sc(NR_write, 1, (long)s, len(s), 0, 0); }

static void putnum(long v)
{
	char b[24];
	int i = sizeof(b) - 1;
	ulong u = v < 0 ? -(ulong)v : (ulong)v;

	b[i] = 0;
	do {
		b[--i] = '0' + u % 10;
		u /= 10;
	} while (u);
	if (v < 0)
		b[--i] = '-';
	put(b + i);
}

static int failures;

static void check(int ok, const char *what, long v)
{
	put(ok ? "init: " : "init: FAIL ");
	put(what);
	put(" ");
	putnum(v);
	put("\n");
	if (!ok)
		failures++;
}

static long fork(void) { return sc(NR_clone, SIGCHLD, 0, 0, 0, 0); }

static volatile int caught;

static void on_usr1(int sig) { caught = sig; }

struct utsname { char f[6][65]; };

void cmain(void)
{
	struct utsname u;
	long pid, child, r;
	int status;

	put("init: started\n");

	pid = getpid();
	check(pid == 1, "getpid", pid);
	r = sc(NR_getppid, 0, 0, 0, 0, 0);
	check(r == 0, "getppid", r);

	r = sc(NR_uname, (long)&u, 0, 0, 0, 0);
	check(r == 0, "uname", r);
	if (r == 0) {
		put("init: uname ");
		put(u.f[0]); put(" "); put(u.f[2]); put(" "); put(u.f[4]); put("\n");
	}

	/* A child that exits with 42, reaped with that status. */
	child = fork();
	if (child == 0) {
		put("init: child running\n");
		sc(NR_exit, 42, 0, 0, 0, 0);
	}
	check(child > 1, "fork", child);
	status = -1;
	r = sc(NR_wait4, child, (long)&status, 0, 0, 0);
	check(r == child && (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 42,
	      "wait4 exit status (42<<8)", status);

	/* A child killed by SIGTERM, reaped with the signal in its status. */
	child = fork();
	if (child == 0) {
		sc(NR_kill, getpid(), SIGTERM, 0, 0, 0);
		sc(NR_exit, 1, 0, 0, 0, 0);
	}
	check(child > 1, "fork", child);
	status = -1;
	r = sc(NR_wait4, child, (long)&status, 0, 0, 0);
	check(r == child && (status & 0x7f) == SIGTERM,
	      "wait4 killed status (SIGTERM)", status);

	/* A handled signal, and the return to this frame through the restorer. */
	r = sigaction(SIGUSR1, on_usr1);
	check(r == 0, "rt_sigaction", r);
	r = sc(NR_kill, pid, SIGUSR1, 0, 0, 0);
	check(r == 0 && caught == SIGUSR1, "signal handled", caught);

	if (failures) {
		put("init: FAILED\n");
	} else {
		put("init: ok\n");
	}
	for (;;) {
		long ts[2] = { 3600, 0 };

		sc(NR_nanosleep, (long)ts, 0, 0, 0, 0);
	}
}
