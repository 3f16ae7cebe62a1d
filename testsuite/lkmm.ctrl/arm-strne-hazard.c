/* The hazard twin of arm-strne.c: without lkmm GCC if-converts the
   guarded stores of f and g into conditionally executed ones (strne,
   strgt, strle) on flags from the head, at every level (-marm), which
   the ARMv7 model does not order after the head.  */
/* { dg-do compile { target arm*-*-* } } */
/* { dg-lkmm-no-plugin "" } */
/* { dg-additional-options "-marm" } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
int a, b, c;

void f(void)
{
	if (READ_ONCE(a))
		WRITE_ONCE(b, 1);
}

void g(void)
{
	int q = READ_ONCE(a);

	if (q > 2)
		WRITE_ONCE(b, q);
	else
		WRITE_ONCE(c, 1);
}
/* { dg-final { scan-assembler {\tstr(eq|ne|cs|cc|mi|pl|vs|vc|hi|ls|ge|lt|gt|le)} } } */
