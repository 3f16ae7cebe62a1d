/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lkmm-plugin.h - what the files of the lkmm plugin share.
 *
 * The plugin is one job per file:
 *   lkmm.c       front door: version check, options, help, pass registration
 *   attrs.c      the lkmm_addr_dep / lkmm_ctrl_dep attributes
 *   arch.c       the architecture table: what a dependency needs per target,
 *                and how to build and recognize its fence and acquire load
 *   asm.c        the empty asm statements lkmm inserts, and recognizing them
 *   heads.c      finding dependency heads and the values computed from them
 *   addr-dep.c   protecting address and data dependencies
 *   ctrl-dep.c   protecting control dependencies
 *   fences.c     where fences go (Alpha mb), which heads to promote to acquire
 *   diag.c       the lkmm-* warnings
 *   ranges.c     whether a branch on a head goes one way whatever it loaded
 *   verify.c     the late RTL pass that checks what was kept
 *   unhide.c     the passes that remove the opaque copies while no pass
 *                can learn from them: before IPA, and after register
 *                allocation
 *   passes.c     the GIMPLE and RTL passes that call all of the above
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
	enum lkmm_consume consume;
	enum lkmm_acquire acquire;
};

extern struct lkmm_options lkmm_opt;
/* The base name lkmm was loaded under ("lkmm", "lkmm_plugin" in a kernel). */
extern const char *lkmm_name;

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
	 * the leg markers can go before it (unhide.c). */
	bool legs_late;
};
const struct lkmm_arch *lkmm_arch(void);
bool lkmm_arch_acquire(unsigned size, bool uns, struct lkmm_acq_load *a);
bool lkmm_arch_fence_text_p(const char *t);
const char *lkmm_target_triplet(void);
const char *lkmm_config_target(const char *configure_args);

/* attrs.c */
void lkmm_register_attributes(void *event_data, void *data);
unsigned lkmm_decl_marks(const_tree decl);

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
int lkmm_atomic_load_model(const gimple *stmt);
/* MARKED_LOCALS: the values of marked locals head as they are (analysis:
 * the diagnostics, and targets that keep nothing); else only the head
 * copies lkmm_mark_explicit_heads() made of them do. */
void lkmm_find_deps(function *fn, struct lkmm_deps *deps, bool marked_locals);
bool lkmm_value_builtin_p(const gimple *stmt);
tree lkmm_propagates_to(gimple *use_stmt, tree op);
unsigned lkmm_flags(const struct lkmm_deps *deps, tree op);
gimple *lkmm_head(const struct lkmm_deps *deps, tree op);
unsigned lkmm_mark_explicit_heads(function *fn);
void lkmm_scan_param_heads(function *fn);
bool lkmm_param_may_head(function *fn, unsigned argno);
void lkmm_record_param_heads(function *fn);
location_t lkmm_stmt_loc(const gimple *stmt);

/* Per-function counts, reported by verbose. */
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

/* addr-dep.c */
void lkmm_protect_addr_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st);
void lkmm_relax_consume(function *fn, struct lkmm_deps *deps,
			struct lkmm_stats *st);

/* ctrl-dep.c */
void lkmm_protect_ctrl_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st);

/* fences.c */
void lkmm_place_fences(function *fn, struct lkmm_deps *deps,
		       struct lkmm_stats *st);
void lkmm_promote_acquire(function *fn, struct lkmm_deps *deps,
			  struct lkmm_stats *st);

/* diag.c */
void lkmm_diagnose(function *fn, struct lkmm_deps *deps, struct lkmm_stats *st);
enum lkmm_warning_kind {
	LKMM_W_CONST_COND,	/* lkmm-constant-condition */
	LKMM_W_CANCELLED,	/* lkmm-cancelled-dependency */
	LKMM_W_LOAD_ONLY,	/* lkmm-load-only-ctrl */
	LKMM_W_UNPROTECTED,	/* lkmm-unprotected */
	LKMM_W_COUNT
};
bool lkmm_warning(enum lkmm_warning_kind w, location_t loc, location_t head,
		  const char *head_msg, const char *fmt, ...)
	ATTRIBUTE_GCC_DIAG(5, 6);
location_t lkmm_user_loc(location_t loc);
void lkmm_register_diagnostics(const char *plugin_name);

/* ranges.c: 1 or 0 when COND always goes true or false, else -1. */
int lkmm_cond_value(const gcond *cond);

/* verify.c */
opt_pass *lkmm_make_verify_pass(gcc::context *ctxt);
enum lkmm_vdep {
	LKMM_VDEP_ADDR_LOAD,	/* a volatile load through a head-derived address */
	LKMM_VDEP_ADDR_STORE,	/* a volatile store through one */
	LKMM_VDEP_DATA,		/* a volatile store of a head-derived value */
	LKMM_VDEP_CTRL,		/* a volatile store in a leg */
	LKMM_VDEP_PLAIN_LOAD,	/* a plain load through a head-derived address */
	LKMM_VDEP_PLAIN_STORE,	/* a plain store through one */
	LKMM_VDEP_PLAIN_DATA	/* a plain store of a head-derived value */
};
void lkmm_verify_expect(function *fn, enum lkmm_vdep kind, location_t head,
			location_t dep);
/* A plain load also names what it reads (REF), to be known away from its
 * locus: GCC may expand it at its user's. */
void lkmm_verify_expect_ref(function *fn, enum lkmm_vdep kind,
			    location_t head, location_t dep, tree ref);

/* unhide.c */
opt_pass *lkmm_make_unhide_pass(gcc::context *ctxt);
opt_pass *lkmm_make_widen_pass(gcc::context *ctxt);
opt_pass *lkmm_make_legs_pass(gcc::context *ctxt);
opt_pass *lkmm_make_drop_pass(gcc::context *ctxt);

/* passes.c */
void lkmm_register_passes(const char *plugin_name);

#endif /* LKMM_PLUGIN_H */
