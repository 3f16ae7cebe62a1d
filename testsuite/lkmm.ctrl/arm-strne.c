/* 32-bit ARM: a conditionally executed store (strne, strgt) on flags
   from a head-derived compare is not ordered after the head by the ARMv7
   model (docs/litmus/ARM-LB+strnes.litmus, docs/architectures.md), so a
   control dependency must stay a branch: with lkmm no store of f or g is
   conditional.  arm-strne-hazard.c: GCC alone if-converts them.  */
/* { dg-do compile { target arm*-*-* } } */
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
/* { dg-final { scan-assembler {\tstr\t} } } */
/* { dg-final { scan-assembler-not {\tstr(eq|ne|cs|cc|mi|pl|vs|vc|hi|ls|ge|lt|gt|le)} } } */
