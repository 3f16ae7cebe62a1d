/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lkmm-plugin.h - what the files of the lkmm plugin share.
 *
 * The plugin is one job per file; docs/design.md draws the layers, and
 * scripts/check-structure checks that this map names every file.  Each
 * entry is a file's name, first on its line, and its job:
 *
 *   front door and settings
 *   lkmm.c           version check; registers every callback and pass
 *   passes.c         the GIMPLE passes, lkmm_run (the order of its steps);
 *                    every pass is an lkmm_opt_pass (below)
 *   options.c        the options: values, parsing, help
 *   limits.h         every bound lkmm puts on its work, with its reason
 *   lkmm-compat.h    GCC headers, and the GCC 11/12 differences
 *   lkmm-plugin.h    this file: what the files share
 *
 *   bottom layer: the target, the asms, the attributes, output
 *   arch.c           the architecture table: what a dependency needs per
 *                    target, how to build and recognize its fence and
 *                    acquire load
 *   asm.c            the empty asms lkmm inserts, and recognizing them
 *                    in GIMPLE and RTL
 *   attrs.c          the lkmm_addr_dep / lkmm_ctrl_dep attributes
 *   warn.c           the lkmm-* warnings' output and #pragma lkmm
 *                    diagnostic; it calls only stats.c
 *   stats.c          the counts for machines: -fdump-statistics, the
 *                    dumps' summary lines, stats=FILE; calls only arch.c
 *
 *   analysis
 *   flow.c           the one value-flow engine: what carries a value from
 *                    one SSA name to another, builtins and atomics
 *   flow.h           how to use it: seeds, step policy, escape visitor
 *   heads.c          the heads and the values computed from them
 *   ranges.c         whether a branch on a head goes one way whatever it
 *                    loaded
 *   deps.c           what the checks and expectations ask of the heads:
 *                    an operand's head, a dependent address, the legs,
 *                    the blocks on a cycle
 *
 *   checks and expectations (early run)
 *   generic-checks.c the warnings decided on GENERIC (what the front end
 *                    folded away)
 *   diag.c           the warnings decided on GIMPLE (constant conditions,
 *                    load-only legs)
 *   expect.c         recording what the verifier must find ordered
 *   expect-store.c   the expectations, kept from the early pass to the
 *                    verifier
 *   expect-twins.c   what an access makes (lkmm_ref_ids), and which
 *                    expected plain accesses share their locus with
 *                    another access that is not from their head
 *
 *   protection (GIMPLE)
 *   addr-hide.c      address and data dependencies: hiding the
 *                    comparisons that teach GCC a head-derived value
 *   addr-feeds.c     which head-derived values feed a dependent access
 *   addr-learn.c     what a comparison teaches, on which edges
 *   addr-pinned.c    which names a learned value pins
 *   addr-reach.c     whether a learned value can reach a memory use
 *   addr-truth.c     where a comparison kept in a truth value teaches
 *   addr-dep.h       what the addr-*.c files and consume.c share
 *   consume.c        consume=relaxed: consume heads as relaxed loads
 *   ctrl-dep.c       control dependencies: a marker first in each leg
 *   ctrl-first.c     a branch on a & b, a head-derived: a tested first
 *   fences.c         Alpha fences: an mb only where a dependent load
 *                    follows
 *   acquire.c        which heads to promote to acquire loads, and doing it
 *
 *   RTL passes
 *   widen.c          after expand: an opaque copy of a value kept extended
 *                    in its register copies the whole register
 *   drop-legs.c      before bbro: the leg markers go where no later pass
 *                    makes a leg conditional
 *   unhide.c         the opaque copies go while no pass can learn from
 *                    them: before IPA (lkmm_drop), after bbro
 *                    (lkmm_unhide)
 *   verify-blocks.c  the verifier's blocks: the insn stream cut at
 *                    labels and jumps
 *   verify-rtl.c     the verifier's reading of the RTL: head-derived
 *                    registers, heads, accesses, fences
 *   verify-fence.c   Alpha: the values a head loaded since the last mb
 *   verify-match.c   which insns stand for an expected access, and
 *                    whether each keeps it
 *   verify.c         the late RTL pass: the dataflow per head, to a
 *                    fixpoint
 *   verify-decide.c  each expectation kept or broken (dump file),
 *                    lkmm-unprotected
 *   verify.h         what the verify*.c files share
 *
 * Vocabulary (the LKMM's): a *head* is a load that orders later accesses
 * through dependencies; a *dependent access* is a load or store whose
 * address (or stored value) is computed from a head; a *leg* is one
 * successor of a conditional branch on a head-derived value; a *fence* is
 * a memory barrier instruction (Alpha's mb).
 */
#ifndef LKMM_PLUGIN_H
#define LKMM_PLUGIN_H

#include "lkmm-compat.h"
#include "flow.h"
#include "limits.h"

#define LKMM_VERSION "0.1.0"

/* Kinds of dependency, also the flags of a head-derived value. */
#define LKMM_ADDR	0x1	/* heads address/data dependencies */
#define LKMM_CTRL	0x2	/* heads control dependencies */
#define LKMM_XADDR	0x4	/* ...and was marked lkmm_addr_dep */
#define LKMM_XCTRL	0x8	/* ...and was marked lkmm_ctrl_dep / ctrl_dep() */
#define LKMM_EXPLICIT	(LKMM_XADDR | LKMM_XCTRL)

enum lkmm_consume { LKMM_CONSUME_ACQUIRE, LKMM_CONSUME_RELAXED };
enum lkmm_acquire { LKMM_ACQUIRE_AUTO, LKMM_ACQUIRE_ALWAYS, LKMM_ACQUIRE_NEVER };

struct lkmm_options {
	bool disable;		/* no transformation; attributes stay */
	bool verbose;		/* notes on what was done per function */
	bool check;		/* report-only: warn where GCC broke a dep */
	bool implicit;		/* volatile loads, relaxed/consume atomics head */
	bool warn_all;		/* warn about implicit heads too */
	bool warn_pedantic;	/* ...and about their legs that only test */
	enum lkmm_consume consume;
	enum lkmm_acquire acquire;
	const char *stats;	/* stats=FILE: records appended there */
};

/* options.c */
extern struct lkmm_options lkmm_opt;
/* The base name lkmm was loaded under ("lkmm", "lkmm_plugin" in a kernel). */
extern const char *lkmm_name;
bool lkmm_parse_args(int argc, struct plugin_argument *argv);
void lkmm_enable_dumps(void);

/* arch.c */
/* How a target makes a head load an acquire load: an asm TEMPL (operand
 * 0 the register, 1 the memory with constraint MEM) or, when TEMPL is
 * NULL, __atomic_load_N (p, __ATOMIC_ACQUIRE); NAME for verbose. */
struct lkmm_acq_load {
	const char *templ;
	const char *mem;
	const char *name;
};
struct lkmm_arch {
	const char *triplet;	/* glob on the target triplet */
	const char *name;	/* table entry, as verbose and docs name it */
	bool keep;		/* dependencies must be kept in the code */
	/* A dependent load also needs a fence after its head (Alpha): the
	 * fence, and whether an instruction text holds one.  NULL: none. */
	gimple *(*fence)(location_t);
	bool (*fence_text_p)(const char *);
	/* Heads can be promoted to acquire loads: how (lkmm_arch_acquire),
	 * or NULL. */
	bool (*acquire)(unsigned size, bool uns, struct lkmm_acq_load *);
	/* No pass after block reordering makes a leg conditional execution:
	 * the leg markers can go before it (drop-legs.c). */
	bool legs_late;
	/* Whether an instruction text holds a fence that orders an earlier
	 * load before every later load and store (verify.c: a head so
	 * fenced needs no dependency).  NULL: none known. */
	bool (*order_text_p)(const char *);
};
const struct lkmm_arch *lkmm_arch(void);
/* Does lkmm change code here: optimizing, a target that keeps
 * dependencies in the code, not check mode? */
static inline bool lkmm_changes_code(void)
{
	return !lkmm_opt.check && lkmm_arch()->keep && optimize;
}
bool lkmm_arch_acquire(unsigned size, bool uns, struct lkmm_acq_load *a);
bool lkmm_arch_fence_text_p(const char *t);
bool lkmm_arch_order_text_p(const char *t);
const char *lkmm_target_triplet(void);
const char *lkmm_config_target(const char *configure_args);

/* attrs.c */
void lkmm_register_attributes(void *event_data, void *data);
unsigned lkmm_decl_marks(const_tree decl);
bool lkmm_any_marks(void);
extern bool lkmm_events_paused;

/* asm.c: every asm lkmm inserts has an "i" input holding LKMM_ASM_MAGIC |
 * kind, and all but the acquire loads an empty template (no instruction,
 * no text in the .s file). */
#define LKMM_ASM_MAGIC		0x4c4b4d00u	/* "LKM" */
#define LKMM_ASM_HIDE		0x01	/* opaque copy compared instead of a head value */
#define LKMM_ASM_LEG		0x02	/* start of a protected leg */
#define LKMM_ASM_ACQUIRE	0x04	/* a head promoted to an acquire load */
#define LKMM_ASM_HEAD		0x10	/* explicit head; | LKMM_ADDR etc. */
#define LKMM_ASM_KIND(k)	((k) & 0xf0u ? 0xf0u & (k) : (k))

tree lkmm_asm_copy(gimple_stmt_iterator *gsi, tree val, unsigned kind, bool after);
gasm *lkmm_asm_leg(unsigned id, bool clobber);
unsigned lkmm_asm_kind(const gimple *stmt);	/* 0 when not ours */
gasm *lkmm_asm_acquire(const struct lkmm_acq_load *a, tree lhs, tree ref);
bool lkmm_asm_acquire_p(const gimple *stmt);
void lkmm_asm_remove_hides(function *fn, bool (*keep)(tree, void *),
			   void *data);
unsigned lkmm_rtl_asm_kind(rtx_insn *insn, rtx *set);	/* in RTL; 0: not ours */

/* heads.c */
struct lkmm_val {
	gimple *head;		/* the head load this value is computed from */
	unsigned flags;		/* LKMM_ADDR | LKMM_CTRL | LKMM_X* */
};

struct lkmm_deps {
	auto_vec<lkmm_val> val;	/* indexed by SSA_NAME_VERSION */
	auto_vec<gimple *> heads;
	unsigned marked;	/* of them, marked locals' values as they are */
};

unsigned lkmm_head_flags(const gimple *stmt);
/* MARKED_LOCALS: the values of marked locals head as they are (analysis:
 * the diagnostics, and targets that keep nothing); else only the head
 * copies lkmm_mark_explicit_heads() made of them do. */
void lkmm_find_deps(function *fn, struct lkmm_deps *deps, bool marked_locals);
unsigned lkmm_flags(const struct lkmm_deps *deps, tree op);
gimple *lkmm_head(const struct lkmm_deps *deps, tree op);
unsigned lkmm_mark_explicit_heads(function *fn);
void lkmm_scan_param_heads(function *fn);
bool lkmm_param_may_head(function *fn, unsigned argno);
void lkmm_record_param_heads(function *fn);
location_t lkmm_stmt_loc(const gimple *stmt);

/* Per-function counts, reported by verbose and stats.c (which names
 * each field: add a new one to its table too). */
struct lkmm_stats {
	unsigned heads;		/* head loads found */
	unsigned explicit_heads;/* marked heads turned into head asms */
	unsigned hidden;	/* comparisons made on an opaque copy */
	unsigned legs;		/* legs given a marker */
	unsigned fences;	/* mb inserted */
	unsigned promoted;	/* heads promoted to acquire */
	unsigned relaxed;	/* consume loads compiled as relaxed */
	unsigned skipped;	/* constructs left alone */
	unsigned warnings;
};

/* addr-hide.c, consume.c */
void lkmm_protect_addr_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st);
void lkmm_relax_consume(function *fn, struct lkmm_deps *deps,
			struct lkmm_stats *st);

/* ctrl-dep.c */
void lkmm_protect_ctrl_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st);

/* ctrl-first.c */
gassign *lkmm_combined_cond(gcond *c, edge *decided, bool *and_p);
bool lkmm_tested_before(basic_block bb, tree h);
gcond *lkmm_test_first(gcond *c, tree h, edge d, bool and_p);

/* fences.c */
void lkmm_place_fences(function *fn, struct lkmm_deps *deps,
		       struct lkmm_stats *st);

/* acquire.c */
void lkmm_promote_acquire(function *fn, struct lkmm_deps *deps,
			  struct lkmm_stats *st);

/* warn.c: the warnings' output and "#pragma lkmm diagnostic" (calls only
 * stats.c) */
enum lkmm_warning_kind {
	LKMM_W_CONST_COND,	/* lkmm-constant-condition */
	LKMM_W_CANCELLED,	/* lkmm-cancelled-dependency */
	LKMM_W_LOAD_ONLY,	/* lkmm-load-only-ctrl */
	LKMM_W_UNPROTECTED,	/* lkmm-unprotected */
	LKMM_W_LOAD_ONLY_COND,	/* lkmm-load-only-cond */
	LKMM_W_COUNT
};
bool lkmm_warning(enum lkmm_warning_kind w, location_t loc, location_t head,
		  const char *head_msg, const char *fmt, ...)
	ATTRIBUTE_GCC_DIAG(5, 6);
location_t lkmm_user_loc(location_t loc);
void lkmm_register_pragmas(void *event_data, void *data);

/* generic-checks.c: the warnings decided on GENERIC */
void lkmm_pre_genericize(void *event_data, void *data);

/* deps.c: what the GIMPLE checks and the expectations ask of the deps */
struct lkmm_src {
	gimple *head;		/* the head an operand derives from, or NULL */
	unsigned flags;		/* LKMM_ADDR | LKMM_CTRL | LKMM_X* */
};
struct lkmm_src lkmm_src_of(const struct lkmm_deps *deps, tree op);
location_t lkmm_head_loc(gimple *head);
tree lkmm_ref_dep(const struct lkmm_deps *deps, tree ref);
/* A conditional branch on a head, and its legs: the blocks reached from
 * its successors before its immediate post-dominator. */
struct lkmm_branch {
	gcond *cond;
	struct lkmm_src src;	/* the head it is on */
	tree op;		/* its operand derived from the head */
	int value;		/* 1 or 0: goes one way whatever the head
				   loaded (ranges.c); -1: both ways */
	unsigned first, nlegs;	/* its legs: legs[first .. first + nlegs) */
	bool many;		/* more than LKMM_LEGS_MAX: not looked at */
};
struct lkmm_branches {
	auto_vec<lkmm_branch> b;
	auto_vec<basic_block> legs;
};
void lkmm_find_branches(function *fn, const struct lkmm_deps *deps,
			struct lkmm_branches *out);
void lkmm_cycle_blocks(function *fn, sbitmap cyc);

/* diag.c: the warnings decided on GIMPLE */
void lkmm_diagnose(function *fn, struct lkmm_deps *deps,
		   const struct lkmm_branches *br, struct lkmm_stats *st);

/* expect.c: what verify.c must find ordered in the RTL */
enum lkmm_vdep {
	LKMM_VDEP_ADDR_LOAD,	/* a volatile load through a head-derived address */
	LKMM_VDEP_ADDR_STORE,	/* a volatile store through one */
	LKMM_VDEP_DATA,		/* a volatile store of a head-derived value */
	LKMM_VDEP_CTRL,		/* a volatile store in a leg */
	LKMM_VDEP_PLAIN_LOAD,	/* a plain load through a head-derived address */
	LKMM_VDEP_PLAIN_STORE,	/* a plain store through one */
	LKMM_VDEP_PLAIN_DATA	/* a plain store of a head-derived value */
};
struct lkmm_expect {
	unsigned uid;		/* DECL_UID of the function */
	enum lkmm_vdep kind;
	location_t head, dep;	/* loci */
	/* What a plain load reads (a plain store writes), to know it by away
	 * from its locus: the DECL_UID of its field, or else the TYPE_UID of
	 * its type (-1: none).
	 * UIDs, not trees: garbage collection may run between the early pass
	 * that records this and the RTL pass that reads it. */
	int field, type;
	/* The DECL_UID of the variable it reads through (p in p->a), or of
	 * the variable it reads (-1: none). */
	int base;
	/* A load whose value the function returns: GCC may merge it into the
	 * copy to the return register, at the closing brace's locus. */
	bool returned;
	/* A control dependency that a path from the head skips (C's && or
	 * ||: no branch on the head there): broken only on a path from
	 * the head that passes no branch at all. */
	bool skip;
	/* The access's statement, alone at its locus, is on no cycle of the
	 * function: it runs at most once a call, so an insn standing for it
	 * that a path reaches again stands there for another statement
	 * (cross-jumping merged them): verify.c checks the first arrival. */
	bool once;
	/* Another statement at its locus makes the same kind of access (the
	 * same field, for a load) but not from this head: an inline helper
	 * expanded twice, once through the head, once not.  GCC may give the
	 * dependent one its user's locus and leave the other's at the
	 * helper's: verify-match.c also looks for it away from its locus. */
	bool twin;
	/* verify.c's: no insn at the locus, look on its line (file, line) */
	bool byline;
	int line;
	const char *file;
};
void lkmm_record_expectations(function *fn, const struct lkmm_deps *deps,
			      const struct lkmm_branches *br);
/* A plain access of a function, for the twins (expect-twins.c): the loci
 * of the heads its address and the value it stores come from, if any. */
struct lkmm_access {
	location_t loc, addr, data;
	int field, type;
	bool store;
};
void lkmm_expect_twins(vec<lkmm_expect> *v, unsigned lo, unsigned hi,
		       auto_vec<lkmm_access> *acc);
void lkmm_expect_late_twins(function *fn, const struct lkmm_deps *deps);
/* Another plain load of an expected plain load's field on its line,
 * through another named pointer: an insn that reads the field through that
 * pointer is that load's (curr->prio <= p->prio, with curr->prio merged
 * with an earlier load of it: p->prio is not curr->prio's). */
struct lkmm_other_load {
	unsigned uid;		/* DECL_UID of the function */
	location_t loc;
	int field, type, base;	/* as lkmm_expect's */
};

/* expect-store.c: the expectations, from expect.c to verify.c */
struct lkmm_expect *lkmm_expect_record(function *fn, enum lkmm_vdep kind,
				       location_t head, location_t dep,
				       tree ref, bool returned = false,
				       bool once = false, bool *fresh = NULL);
unsigned lkmm_expects_end(void);
bool lkmm_expect_run(function *fn, unsigned *lo, unsigned *hi);
void lkmm_expect_twins_in(unsigned lo, unsigned hi,
			  auto_vec<lkmm_access> *acc);
void lkmm_expect_others(function *fn, unsigned first);
void lkmm_expect_take(function *fn, auto_vec<lkmm_expect> *mine,
		      auto_vec<lkmm_other_load> *others);
void lkmm_ref_ids(const_tree ref, int *field, int *type, int *base);

/* The first of V[0..N), sorted by its FIELD, whose FIELD is not below KEY
 * (N if none): expect.c's and the verifier's tables are searched so. */
template <typename T, typename K>
static inline unsigned lkmm_lower_bound(const T *v, unsigned n, K key,
					K T::*field)
{
	unsigned lo = 0, hi = n;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;

		if (v[mid].*field < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ranges.c: 1 or 0 when COND always goes true or false, else -1. */
int lkmm_cond_value(const gcond *cond);

/* verify.c */
opt_pass *lkmm_make_verify_pass(gcc::context *ctxt);

/* unhide.c: lkmm_drop (before IPA) and lkmm_unhide (after bbro) */
opt_pass *lkmm_make_drop_pass(gcc::context *ctxt);
opt_pass *lkmm_make_unhide_pass(gcc::context *ctxt);

/* widen.c: lkmm_widen (after expand) */
opt_pass *lkmm_make_widen_pass(gcc::context *ctxt);

/* drop-legs.c: lkmm_legs (before bbro) */
opt_pass *lkmm_make_legs_pass(gcc::context *ctxt);

/* stats.c: counts for -fdump-statistics, the dumps and stats=FILE */
void lkmm_stats_open(const char *file);
bool lkmm_stats_wanted(void);
void lkmm_stats_function(function *fn, bool late, const struct lkmm_stats *st);
void lkmm_stats_warning(const char *name, location_t loc);
void lkmm_stats_verify(enum lkmm_vdep kind, location_t head, location_t dep);

/* passes.c: the early and late GIMPLE runs (LATE), and lkmm_params */
opt_pass *lkmm_make_params_pass(gcc::context *ctxt);
opt_pass *lkmm_make_run_pass(gcc::context *ctxt, bool late);

/* Each lkmm pass: its pass_data (a comment per field, as GCC's passes
 * have), its gate and its execute function.  B: gimple_opt_pass or
 * rtl_opt_pass. */
template <class B>
class lkmm_opt_pass : public B {
public:
	lkmm_opt_pass(const pass_data &data, gcc::context *ctxt,
		      bool (*gate_fn)(function *),
		      unsigned (*execute_fn)(function *))
		: B(data, ctxt), m_data(data), m_gate(gate_fn),
		  m_execute(execute_fn) {}
	opt_pass *clone() final override
	{
		return new lkmm_opt_pass(m_data, this->m_ctxt, m_gate,
					 m_execute);
	}
	bool gate(function *fn) final override { return m_gate(fn); }
	unsigned int execute(function *fn) final override
	{
		return m_execute(fn);
	}
private:
	const pass_data &m_data;
	bool (*m_gate)(function *);
	unsigned (*m_execute)(function *);
};

#endif /* LKMM_PLUGIN_H */
