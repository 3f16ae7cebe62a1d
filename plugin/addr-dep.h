/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * addr-dep.h - what the files that protect address and data dependencies
 * share (addr-hide.c says how they work together):
 *   addr-feeds.c   which head-derived values feed a dependent access
 *   addr-learn.c   whether a comparison teaches GCC a single value
 *   addr-pinned.c  which names a learned value pins
 *   addr-reach.c   whether a learned value can reach a memory use
 *   addr-truth.c   ...through the truth value a comparison computes
 *   addr-hide.c    the rewrite: hiding the comparisons that teach
 *   consume.c      consume=relaxed
 */
#ifndef LKMM_ADDR_DEP_H
#define LKMM_ADDR_DEP_H

#include "lkmm-plugin.h"

struct lkmm_addr {
	struct lkmm_deps *deps;
	sbitmap params;		/* derived from a parameter of an inlinable fn */
	sbitmap feeds;		/* step 1, then step 2 (relevant) */
	struct lkmm_flow flow;
	auto_vec<unsigned> ranged;	/* relational tests per name */
	sbitmap narrowed;		/* names tested against a constant */
	hash_map<int_hash<unsigned HOST_WIDE_INT, 0>, unsigned> pairs;
					/* relational tests per two names */
	vec<unsigned> *sinks;		/* per block: names sunk there */
};

/* A statement that computes its SSA result from its operands' values
 * (not a load, not a comparison, not a call but value builtins). */
static inline bool lkmm_computation_p(const gimple *stmt)
{
	return lkmm_flow_stmt_step(stmt) & LKMM_STEP_COMPUTE;
}

static inline bool lkmm_any(sbitmap set)
{
	return bitmap_first_set_bit(set) >= 0;
}

static inline bool lkmm_in(sbitmap set, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       SSA_NAME_VERSION(op) < SBITMAP_SIZE(set) &&
	       bitmap_bit_p(set, SSA_NAME_VERSION(op));
}

typedef hash_map<int_hash<unsigned, 0>, unsigned> lkmm_pin_map;

/* The two values a comparison tested, == or !=: on the paths from its
 * teaching edges the walk knows whether they are equal, as GCC does (jump
 * threading), so a second test of the same two values goes one way only.
 * Each teaching edge comes with what it knows: 1 equal, 0 different, -1
 * nothing. */
struct lkmm_fact {
	tree op, other;
};

typedef std::pair<edge, int> lkmm_teach;

/* addr-feeds.c */
bool lkmm_derived(struct lkmm_addr *a, tree op);
void lkmm_find_feeds(function *fn, struct lkmm_addr *a);
bool lkmm_find_params(function *fn, struct lkmm_addr *a);

/* addr-learn.c */
bool lkmm_comparison(gimple *stmt, enum tree_code *code, tree *op0,
			    tree *op1);
void lkmm_count_ranges(function *fn, struct lkmm_addr *a);
bool lkmm_teaches_both(struct lkmm_addr *a, enum tree_code code,
			      tree op, tree other);
void lkmm_teaching_succs(struct lkmm_addr *a, enum tree_code code,
				tree op, tree other, edge te, edge fe,
				bool t_known, vec<lkmm_teach> *from);
bool lkmm_teaches(struct lkmm_addr *a, enum tree_code code, tree name,
			 tree other);

/* addr-pinned.c */
bool lkmm_pinned(tree op, lkmm_pin_map *pinned);
void lkmm_kills(lkmm_pin_map *pinned, unsigned version,
		       basic_block cb, vec<tree> *kills);

/* addr-reach.c */
void lkmm_find_sinks(function *fn, struct lkmm_addr *a);
void lkmm_free_sinks(function *fn, struct lkmm_addr *a);
bool lkmm_sink_reachable(function *fn, struct lkmm_addr *a,
				lkmm_pin_map *pinned,
				const vec<lkmm_teach> &from, basic_block cb,
				const struct lkmm_fact *fact);
bool lkmm_cond_reaches_sink(function *fn, struct lkmm_addr *a,
				   gcond *g, tree op, tree other);
bool lkmm_select_reaches_sink(struct lkmm_addr *a, gimple *stmt,
				     enum tree_code code, tree op, tree other);

/* addr-truth.c */
bool lkmm_truth_reaches_sink(function *fn, struct lkmm_addr *a,
				    gimple *cmp, enum tree_code code,
				    tree op, tree other);

/* addr-hide.c */
bool lkmm_hideable(tree op);

#endif /* LKMM_ADDR_DEP_H */
