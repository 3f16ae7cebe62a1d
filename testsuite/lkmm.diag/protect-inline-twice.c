/* Reduced by hand from folio_get_anon_vma() (mm/rmap.c, arm64 defconfig,
   warn=all: lkmm-unprotected on atomic_read() of
   atomic_inc_not_zero(&anon_vma->refcount), head READ_ONCE(folio->mapping),
   issue 13); the same shape in folio_lock_anon_vma_read(),
   workingset_activation() (obj_cgroup_memcg() twice),
   show_one_workqueue() (list_empty()) and, for a control dependency,
   cpu_map_kthread_run() (the preempt count store of preempt_enable() in
   and out of the leg): 5 of the 32.  Kind b, a
   misjudgement of the verifier: an inline helper's volatile access has one
   locus for all its expansions.  One expansion depends on the head and
   keeps it; the others (folio_mapped(folio) after it) load through
   addresses that never depended on it, and the verifier wanted every insn
   at the locus to keep the dependency.  */
/* Reduced and checked on AArch64, where the kernel build warned.  */
/* { dg-do compile { target aarch64*-*-* } } */
/* { dg-additional-options "-fplugin-arg-lkmm-warn=all" } */
#include "diag.h"
typedef struct { int counter; } atomic_t;
struct anon_vma { int lock; atomic_t refcount; };
struct folio { unsigned long mapping; atomic_t mapcount; };
void put_anon_vma(struct anon_vma *av);
int try_get(atomic_t *v, int old);

static inline int atomic_read(const atomic_t *v)
{
	return READ_ONCE(v->counter);	/* { dg-bogus "lkmm-unprotected" "kind b: another expansion of the helper" { xfail *-*-* } } */
}

static inline int folio_mapped(struct folio *folio)
{
	return atomic_read(&folio->mapcount) >= 0;
}

struct anon_vma *folio_get_anon_vma(struct folio *folio)
{
	unsigned long mapping = READ_ONCE(folio->mapping);	/* { dg-bogus "head load is here" "" { xfail *-*-* } } */
	struct anon_vma *av;

	if ((mapping & 3) != 1 || !folio_mapped(folio))
		return 0;
	av = (struct anon_vma *)(mapping - 1);
	if (!try_get(&av->refcount, atomic_read(&av->refcount)))
		return 0;
	if (!folio_mapped(folio)) {
		put_anon_vma(av);
		return 0;
	}
	return av;
}
