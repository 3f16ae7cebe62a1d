/* Odd code must never crash the compiler: vectors, _Complex, __int128,
 * bool, pointers to functions, switch with ranges, computed goto, setjmp,
 * COND_EXPR, marked heads, consume loads that escape.  What lkmm cannot
 * copy into one register it counts as skipped.  (Kept dense on purpose.) */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-consume=relaxed -fplugin-arg-lkmm-verbose -w" } */
/* { dg-prune-output "note:" } */
/* { dg-prune-output "In function" } */
#include <setjmp.h>
#include "../../include/lkmm.h"
#include "rwonce.h"
typedef int v4si __attribute__((vector_size(16)));
v4si gv, vtab[4];
_Complex double gc; double dt[4];
#ifdef __SIZEOF_INT128__
typedef __int128 wide_t; typedef unsigned __int128 uwide_t;
#else	/* 32-bit ARM: the widest integer it has */
typedef long long wide_t; typedef unsigned long long uwide_t;
#endif
wide_t g128; int t128[4];
_Bool gb; int tb[2];
int (*gfp)(int); int f1(int); int f2(int);
unsigned char gch; int tch[256];
int arr[16]; unsigned idx; int y;
struct foo { int a; struct foo *next; } *gp, sfoo;
jmp_buf jb;
int vec(void) { v4si v = READ_ONCE(gv); v4si z = {0,0,0,0}; if (v[0] == 0) return arr[v[0]]; return (v == z)[1]; }
double cplx(void) { _Complex double c = READ_ONCE(gc); if (c == 0) return dt[(int)__real__ c]; return 0; }
int i128(void) { wide_t x = READ_ONCE(g128); if (x == 0) return t128[(int)x]; if (x < 1) return t128[(int)x + 1]; return 0; }
int bools(void) { _Bool b = READ_ONCE(gb); if (b) return tb[b]; if (b > 0) return 3; return tb[b]; }
int fptr(int x) { int (*f)(int) = READ_ONCE(gfp); if (f == f1) return f(x); if (f != f2) return 0; return f(x + 1); }
int sw(void) { unsigned i = READ_ONCE(idx); switch (i) { case 0: return arr[i]; case 1 ... 3: return arr[i + 1]; case 7: return arr[i - 7]; default: return 0; } }
int cg(int k) { static void *labs[] = { &&l0, &&l1 }; unsigned i = READ_ONCE(idx); if (i == 1) goto *labs[i]; goto *labs[0]; l0: return arr[i]; l1: return arr[i + 1]; }
int sj(void) { struct foo *p = READ_ONCE(gp); if (setjmp(jb)) return p == &sfoo ? p->a : 0; if (p == &sfoo) return p->a; return 1; }
int cancel(void) { unsigned i = READ_ONCE(idx); struct foo *p = READ_ONCE(gp); return arr[i - i] + arr[i & 0] + arr[i * 0] + arr[i ^ i] + (int)(p - p); }
int ucmp(void) { unsigned char c = READ_ONCE(gch); if (c > 254) return tch[c]; if (c >= 3 && c <= 3) return tch[c]; return 0; }
int condexpr(void) { unsigned i = READ_ONCE(idx); int *q = i == 2 ? &arr[i] : &y; return *q; }
int marked_global __lkmm_addr_dep; struct foo *mg __lkmm_addr_dep;
int mark1(void) { struct foo *p = mg; if (p == &sfoo) return p->a; return 0; }
struct foo *getp(void) __lkmm_addr_dep;
int mark2(void) { struct foo *p = getp(); if (p == &sfoo) return p->a; return 0; }
int mark3(struct foo **pp) { struct foo *p __lkmm_addr_dep = *pp; if (p == &sfoo) return p->a; return 0; }
void sink(struct foo *);
int esc1(void) { struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); sink(p); return p->a; }
struct foo *esc2(void) { return __atomic_load_n(&gp, __ATOMIC_CONSUME); }
int esc3(struct foo **o) { struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); *o = p; return p->a; }
int esc4(void) { struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); asm("" :: "r"(p)); return p->a; }
int esc5(void) { struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); struct foo *q = p->next; sink(q); return 0; }
int noesc(void) { struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); WRITE_ONCE(p->a, 1); return p->next->a; }
int loopy(void) { int s = 0; for (unsigned i = READ_ONCE(idx); i != 10; i++) s += arr[i]; return s; }
long a128c(void) { uwide_t x = __atomic_load_n((uwide_t *)&g128, __ATOMIC_CONSUME); if (x == 0) return t128[(int)x]; return 0; }
int twoptr(void) { struct foo *p = READ_ONCE(gp), *q = READ_ONCE(sfoo.next); if (p == q) return p->a + q->a; return 0; }

/* { dg-final { lkmm-addr-dep sj gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-addr-dep ucmp gch { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep sj gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep ucmp gch { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
