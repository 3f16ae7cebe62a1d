/* The protected patterns compute what the source says: run each one on a
   range of head values and compare with a plain reimplementation.  */
/* { dg-do run } */
#include "ctrl.h"
extern void abort(void);
int a, b, c, nf, ng;

noinline void f(void) { nf++; }
noinline void g(void) { ng++; }

noinline void c1(int v) { int q = READ_ONCE(a); if (q) { WRITE_ONCE(b, v); f(); } else { WRITE_ONCE(b, v); g(); } }
noinline void c2(void) { int q = READ_ONCE(a); if (q) { barrier(); WRITE_ONCE(b, 1); } else { barrier(); WRITE_ONCE(b, 1); } f(); }
noinline void c3(void) { int q = READ_ONCE(a); if (q % 2) { WRITE_ONCE(b, 3); f(); } else { WRITE_ONCE(b, 3); g(); } }
noinline void c5(void) { int q = READ_ONCE(a); if (ctrl_dep(q)) b = 1; else b = 2; }
noinline void gt4(void) { int q = READ_ONCE(a); if (q > 4) WRITE_ONCE(b, q); else WRITE_ONCE(c, q); }
noinline void rlx(void) { int q = __atomic_load_n(&a, __ATOMIC_RELAXED); if (q & 4) __atomic_fetch_add(&b, 2, __ATOMIC_RELAXED); else __atomic_store_n(&c, 9, __ATOMIC_RELAXED); }
noinline void chain(int x) { int q = READ_ONCE(a); if ((q && x) || q < -5) WRITE_ONCE(b, 11); else WRITE_ONCE(c, 12); }
noinline void tern(void) { int q = READ_ONCE(a); (q % 3) ? WRITE_ONCE(b, 5) : WRITE_ONCE(c, 6); }
noinline void sw(void)
{
	int q = READ_ONCE(a);

	switch (q) {
	case 1: WRITE_ONCE(b, 21); break;
	case 2 ... 4: WRITE_ONCE(b, 22); f(); break;
	case 7: break;
	default: WRITE_ONCE(c, 23);
	}
}
noinline int loop(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		int q = READ_ONCE(a) + i;

		if (q == 6) {
			WRITE_ONCE(b, i);
			return 1;
		}
		if (q > 8) {
			WRITE_ONCE(c, i);
			break;
		}
	}
	return 0;
}

#define CHECK(call, eb, ec, ef, eg)					\
	do {								\
		b = c = nf = ng = 0;					\
		call;							\
		if (b != (eb) || c != (ec) || nf != (ef) || ng != (eg))	\
			abort();					\
	} while (0)

int main(void)
{
	int q;

	for (q = -8; q <= 10; q++) {
		int r;

		a = q;
		CHECK(c1(q + 100), q + 100, 0, !!q, !q);
		CHECK(c2(), 1, 0, 1, 0);
		CHECK(c3(), 3, 0, q % 2 != 0, q % 2 == 0);
		CHECK(c5(), q ? 1 : 2, 0, 0, 0);
		CHECK(gt4(), q > 4 ? q : 0, q > 4 ? 0 : q, 0, 0);
		CHECK(rlx(), q & 4 ? 2 : 0, q & 4 ? 0 : 9, 0, 0);
		CHECK(chain(1), q ? 11 : 0, q ? 0 : 12, 0, 0);
		CHECK(chain(0), q < -5 ? 11 : 0, q < -5 ? 0 : 12, 0, 0);
		CHECK(tern(), q % 3 ? 5 : 0, q % 3 ? 0 : 6, 0, 0);
		CHECK(sw(), q == 1 ? 21 : q >= 2 && q <= 4 ? 22 : 0,
		      q == 1 || (q >= 2 && q <= 4) || q == 7 ? 0 : 23,
		      q >= 2 && q <= 4, 0);
		b = c = 0;
		r = loop(5);
		{
			int i, eb = 0, ec = 0, er = 0;

			for (i = 0; i < 5; i++) {
				if (q + i == 6) { eb = i; er = 1; break; }
				if (q + i > 8) { ec = i; break; }
			}
			if (r != er || b != eb || c != ec)
				abort();
		}
	}
	return 0;
}
