/* By default (consume=acquire) consume loads stay as GCC compiles them:
 * ldar on AArch64, the same code as without the plugin but for the hidden
 * comparison. */
/* { dg-do compile } */
struct foo { int a; int b; };
struct foo *gp;

int c_plain(void)
{
	struct foo *p = __atomic_load_n(&gp, __ATOMIC_CONSUME);

	return p->b;
}

/* { dg-final { scan-assembler "ldar" { target aarch64*-*-* } } } */
/* { dg-final { lkmm-same-code } } */
