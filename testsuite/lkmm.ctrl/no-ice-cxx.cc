// EH-free C++: templates, member functions, lambdas.
/* { dg-do compile } */
/* { dg-additional-options "-fno-exceptions" } */
#define READ_ONCE(x) (*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
int a, b;
struct S {
	int v;
	void set(int x) { WRITE_ONCE(v, x); }
};
S s;
template <typename T> void t(T &o)
{
	int q = READ_ONCE(a);

	if (q)
		o.set(1);
	else
		o.set(1);
}
void use() { t(s); }
static int h(int q) noexcept { return q > 2; }
void lam()
{
	auto fn = [](int q) { if (h(q)) WRITE_ONCE(b, 1); else WRITE_ONCE(b, 1); };
	fn(READ_ONCE(a));
}
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
