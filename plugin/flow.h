/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * flow.h - the one value-flow engine: which values are computed from
 * which, decided in one place (flow.c).
 *
 * Every question of the form "is this value derived from a head?" (or
 * from a parameter, or from a comparison's truth value) is a walk over
 * SSA: start from some names (the seeds), and follow each use that
 * carries the value on to the name it defines.  The engine does the
 * walking; a caller says only where to start, what carries a value, and
 * what to do at each use.
 *
 * Step policy (LKMM_STEP_*, a mask): which uses carry a value.  The
 * classifier lkmm_flow_next(USE, NAME, STEPS) answers for one use: the
 * SSA name USE defines from NAME under STEPS, or NULL_TREE.  The same
 * classifier knows the builtins: __builtin_expect and its kin pass their
 * first argument's value through (lkmm_value_builtin_p), __atomic loads
 * load through their first argument (lkmm_atomic_load_model).
 *
 * Bits: each SSA name carries a set of bits (lkmm_bits, 64 of them: the
 * LKMM_ADDR/CTRL/X* flags of heads.c, the parameters of heads.c's scan, a
 * truth value's polarity in addr-truth.c; one bit for a plain set).
 * A name is visited once per new bit: lkmm_flow_add() pushes it only
 * when its bits grow, and a name popped with no bit it was not visited
 * with already is skipped.  So a walk costs O(uses x distinct bits),
 * linear in the SSA uses for a fixed set of bits.  The worklist is a stack, and uses are visited in
 * FOR_EACH_IMM_USE_STMT order.
 *
 * Visitor (optional): called for each use of a popped name, with NEXT,
 * what the step policy carries it to (NULL_TREE where the value does not
 * go on: a store, a call, an asm, a return, a comparison outside the
 * policy; that is where the caller's escape policy decides), BITS the
 * name's bits, and FRESH those it was not visited with yet.  It answers
 *   LKMM_FLOW_CARRY  add BITS to NEXT (what happens without a visitor);
 *   LKMM_FLOW_SKIP   nothing (the visitor may have added bits itself);
 *   LKMM_FLOW_STOP   end the walk: lkmm_flow_run() returns false.
 * The visitor reaches its own data as F->data, and may call
 * lkmm_flow_add(F, ...) to give any name other bits (a polarity that
 * flips, the head a value came from is kept by the caller beside the
 * bits, as heads.c does).
 * A walk also ends, returning false, once more than LIMIT (name, bit)
 * pairs were reached (0: no limit): the caller then assumes the worst.
 *
 * Backward walks (lkmm_flow_run_back): from a name to the operands of
 * its definition when that definition is a step of the policy (phi
 * arguments, a computation's operands, a value builtin's first
 * argument); the visitor sees DEF in USE's place and each operand as
 * NEXT.  The same bits and visiting rules hold.
 *
 * Policies in use: LKMM_STEP_DERIVED (heads.c: what is derived from a
 * head), LKMM_STEP_COMPUTE (addr-*.c: computations that give away their
 * operand's value), COMPUTE | COMPARE | HIDE (ctrl-dep.c: a branch's
 * value seen through lkmm's own opaque copies).  Escape policies live in
 * the visitors (consume.c: where a consume head's value leaves what lkmm
 * can follow).
 *
 * Memory: two lkmm_bits per SSA name, from lkmm_flow_init() to the end of
 * the struct's scope (auto_vec).
 *
 * Usage:
 *	struct lkmm_flow f;
 *	lkmm_flow_init(&f, LKMM_STEP_COMPUTE, visit, data);
 *	lkmm_flow_add(&f, seed, 1);
 *	if (!lkmm_flow_run(&f)) ...stopped...
 *	lkmm_flow_bits_of(&f, name) ...
 */
#ifndef LKMM_FLOW_H
#define LKMM_FLOW_H

typedef unsigned HOST_WIDE_INT lkmm_bits;

/* Step policy: what carries a value from an operand to a result. */
/* phis, assignments that are neither a load nor a comparison, value
 * builtins */
#define LKMM_STEP_COMPUTE	0x01
/* a comparison's truth value */
#define LKMM_STEP_COMPARE	0x02
/* a load through the value: assignment loads, __atomic loads of it */
#define LKMM_STEP_LOAD		0x04
/* lkmm's opaque copies of compared values (asm.c) */
#define LKMM_STEP_HIDE		0x08
/* What "derived from a head" means (heads.c). */
#define LKMM_STEP_DERIVED	(LKMM_STEP_COMPUTE | LKMM_STEP_COMPARE | \
				 LKMM_STEP_LOAD)

enum lkmm_flow_act { LKMM_FLOW_CARRY, LKMM_FLOW_SKIP, LKMM_FLOW_STOP };

struct lkmm_flow;
typedef enum lkmm_flow_act (*lkmm_flow_visit)(struct lkmm_flow *f, tree name,
					      gimple *use, tree next,
					      lkmm_bits bits, lkmm_bits fresh);

struct lkmm_flow {
	unsigned steps;			/* LKMM_STEP_* */
	lkmm_flow_visit visit;		/* NULL: carry every step */
	void *data;			/* the visitor's */
	unsigned limit;			/* (name, bit) pairs; 0: none */
	unsigned reached;		/* (name, bit) pairs so far */
	auto_vec<lkmm_bits> bits;	/* per SSA_NAME_VERSION */
	auto_vec<lkmm_bits> done;	/* bits each name was visited with */
	auto_vec<tree> work;
};

/* Classifiers. */
bool lkmm_value_builtin_p(const gimple *stmt);
int lkmm_atomic_load_model(const gimple *stmt);
bool lkmm_atomic_store_to_p(const gimple *stmt, tree name);
bool lkmm_mentions(tree t, tree name);
bool lkmm_atomic_writes_p(const gimple *stmt);
unsigned lkmm_flow_stmt_step(const gimple *stmt);
bool lkmm_own_store_p(const gimple *def, const gimple *stmt);
tree lkmm_flow_next(gimple *use, tree name, unsigned steps);
/* heads.c's question: lkmm_flow_next(USE, OP, LKMM_STEP_DERIVED). */
tree lkmm_propagates_to(gimple *use_stmt, tree op);

/* The engine. */
void lkmm_flow_init(struct lkmm_flow *f, unsigned steps, lkmm_flow_visit visit,
		    void *data);
bool lkmm_flow_add(struct lkmm_flow *f, tree name, lkmm_bits bits);
bool lkmm_flow_run(struct lkmm_flow *f);
bool lkmm_flow_run_back(struct lkmm_flow *f);
lkmm_bits lkmm_flow_bits_of(const struct lkmm_flow *f, tree name);

#endif /* LKMM_FLOW_H */
