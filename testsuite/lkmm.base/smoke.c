/* { dg-do compile } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
struct s { int a; struct s *next; };
struct s *gp, static_p;
int ok(void) { struct s *p = READ_ONCE(gp); return READ_ONCE(p->a); }
int a1(void) { struct s *p = READ_ONCE(gp); int r = 0; if (p == &static_p) r = READ_ONCE(p->a); return r; }
/* { dg-final { lkmm-addr-dep ok gp { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* alpha*-*-* } } } */
/* PowerPC64 LE GCC 12 reads p->a through p here (the TOC address costs more). */
/* { dg-final { lkmm-hazard lkmm-addr-dep a1 gp { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
/* { dg-final { scan-assembler "ok" } } */
