/* Marked heads (include/lkmm.h): a global, a field and a function's
 * return value marked lkmm_addr_dep head dependencies like READ_ONCE(),
 * also with implicit=no.  (m_func is compiled, not checked: the checker
 * follows loads of a symbol, not call results.) */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-lkmm-implicit=no" } */
#include "../../include/lkmm.h"

struct foo { int a; int b; struct foo *next __lkmm_addr_dep; };
struct foo *mg __lkmm_addr_dep;
struct foo other;
struct foo *fs;
extern struct foo *getp(void) __lkmm_addr_dep;

int m_global(void)
{
	struct foo *p = mg;

	if (p == &other)
		return p->b;
	return 0;
}

int m_field(void)
{
	struct foo *p = fs->next;

	if (p == &other)
		return p->b;
	return 0;
}

int m_func(void)
{
	struct foo *p = getp();

	if (p == &other)
		return p->b;
	return 0;
}

/* { dg-final { lkmm-addr-dep m_global mg { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep m_global mg { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep m_global mg { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-addr-dep m_field fs { target aarch64*-*-* riscv64*-*-* powerpc64*-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard lkmm-addr-dep m_field fs { target aarch64*-*-* riscv64*-*-* powerpc64-*-* arm*-*-* } } } */
/* { dg-final { lkmm-hazard-at {-O1} lkmm-addr-dep m_field fs { target powerpc64le*-*-* } } } */
/* { dg-final { lkmm-same-code { target x86_64-*-* } } } */
