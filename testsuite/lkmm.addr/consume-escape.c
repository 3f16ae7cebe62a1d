/* consume=relaxed: a consume head whose value escapes where lkmm cannot
 * follow it (a call, a store of it, an asm, a return) stays acquire, and
 * verbose names the load's line. */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-consume=relaxed -fplugin-arg-lkmm-verbose" } */
struct foo { int a; struct foo *next; };
struct foo *gp, *saved;
void sink(struct foo *);

int to_call(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); /* { dg-message "consume load kept as acquire: its value is passed to a call" "" { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } */

	sink(p);
	return p->a;
}

struct foo *returned(void)
{
	return __atomic_load_n(&gp, __ATOMIC_CONSUME); /* { dg-message "consume load kept as acquire: its value is returned" "" { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } */
}

int stored(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); /* { dg-message "consume load kept as acquire: its value is stored" "" { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } */

	saved = p + 1;
	return p->a;
}

int to_asm(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME); /* { dg-message "consume load kept as acquire: its value is fed to an asm" "" { target aarch64*-*-* alpha*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } */

	__asm__ volatile("" :: "r"(p));
	return p->a;
}

int followed(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME);

	return p->next->a;
}

/* { dg-prune-output "note: lkmm: '" } */
/* { dg-final { scan-assembler-times "ldar\t" 4 { target aarch64*-*-* } } } */
