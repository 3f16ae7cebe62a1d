// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-reach.c - whether a value a comparison teaches can reach a
 * sink (a use by memory, a call, an asm or the return) from the edges
 * that teach it: a walk over the blocks, with what jump threading knows.
 */
#include "addr-dep.h"

/* A statement that hands its operands on to memory, a call, an asm or the
 * caller: where a value GCC learned from a comparison would replace a
 * loaded one. */
static bool lkmm_sink_p(gimple *stmt)
{
	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		if (TREE_CODE_CLASS(gimple_assign_rhs_code(stmt)) ==
		    tcc_comparison)
			return false;
		break;
	case GIMPLE_CALL:
	case GIMPLE_RETURN:
		break;
	case GIMPLE_ASM:
		if (lkmm_asm_kind(stmt))
			return false;
		break;
	default:
		return false;
	}
	return !lkmm_computation_p(stmt);
}

/*
 * Where the value a comparison teaches could land: the sinks, uses of a
 * relevant name by memory, a call, an asm or the return.  Each block
 * records the names its sinks use.
 */
void lkmm_find_sinks(function *fn, struct lkmm_addr *a)
{
	basic_block bb;

	a->sinks = XCNEWVEC(vec<unsigned>, last_basic_block_for_fn(fn));
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			ssa_op_iter it;
			tree op;

			if (!lkmm_sink_p(stmt))
				continue;
			FOR_EACH_SSA_TREE_OPERAND(op, stmt, it, SSA_OP_USE)
				if (lkmm_in(a->feeds, op))
					a->sinks[bb->index].safe_push(
						SSA_NAME_VERSION(op));
		}
	}
}

void lkmm_free_sinks(function *fn, struct lkmm_addr *a)
{
	int i;

	for (i = 0; i < last_basic_block_for_fn(fn); i++)
		a->sinks[i].release();
	XDELETEVEC(a->sinks);
}

/*
 * What GCC learns on an edge holds for the values the names have there.
 * A path that runs through the definition of a name again (round a loop)
 * gives it a new value; what was learned applies to that one only when it
 * is computed from what was learned.  KILLS lists the names whose
 * definition may end what is known of the sink name being looked for:
 * that name and those it was computed from on the way from its anchor,
 * where the definition came before the comparison (dominates it).
 * Entering the block of such a definition by edge E gives the name a new
 * value unrelated to what was learned when the phi argument on E is no
 * pinned name, or a load (call, asm) just made in E's source; or, for a
 * statement, when none of its operands is pinned.
 */
enum lkmm_kill { LKMM_LIVE, LKMM_KILLED_STMT, LKMM_KILLED_PHI };

static enum lkmm_kill lkmm_killed_on(edge e, const vec<tree> *kills,
				     lkmm_pin_map *pinned)
{
	unsigned i;
	tree z;

	if (!kills)
		return LKMM_LIVE;
	FOR_EACH_VEC_ELT(*kills, i, z) {
		gimple *def = SSA_NAME_DEF_STMT(z);
		ssa_op_iter it;
		tree op;
		bool related = false;

		if (gimple_bb(def) != e->dest)
			continue;
		if (gphi *phi = dyn_cast<gphi *>(def)) {
			tree arg = PHI_ARG_DEF_FROM_EDGE(phi, e);
			gimple *adef;

			if (TREE_CODE(arg) != SSA_NAME ||
			    !pinned->get(SSA_NAME_VERSION(arg) + 1))
				return LKMM_KILLED_PHI;
			adef = SSA_NAME_DEF_STMT(arg);
			if (!SSA_NAME_IS_DEFAULT_DEF(arg) &&
			    !lkmm_computation_p(adef) &&
			    gimple_bb(adef) == e->src)
				return LKMM_KILLED_PHI;
			continue;
		}
		FOR_EACH_SSA_TREE_OPERAND(op, def, it, SSA_OP_USE)
			if (pinned->get(SSA_NAME_VERSION(op) + 1))
				related = true;
		if (!related)
			return LKMM_KILLED_STMT;
	}
	return LKMM_LIVE;
}

/* Does G test FACT's two values, directly or through a truth value
 * computed from their ==/!= (conversions, __builtin_expect, !)?  Then
 * return whether G's true edge is taken when they are equal (1) or when
 * they differ (0); else -1. */
static int lkmm_tests_fact(gcond *g, const struct lkmm_fact *fact)
{
	enum tree_code code = gimple_cond_code(g);
	tree l = gimple_cond_lhs(g), r = gimple_cond_rhs(g);
	bool eq_true;	/* the true edge is where l == r holds */
	int steps = 0;

	if (code != EQ_EXPR && code != NE_EXPR)
		return -1;
	eq_true = code == EQ_EXPR;
	while (steps++ < LKMM_TRUTH_CHAIN_MAX) {
		gimple *def;
		enum tree_code c;

		if ((l == fact->op && r == fact->other) ||
		    (l == fact->other && r == fact->op))
			return eq_true;
		/* l ==/!= 0, l a truth value: follow l back. */
		if (TREE_CODE(l) != SSA_NAME || !integer_zerop(r))
			return -1;
		def = SSA_NAME_DEF_STMT(l);
		if (is_gimple_call(def) && lkmm_value_builtin_p(def)) {
			l = gimple_call_arg(def, 0);
			continue;
		}
		if (!is_gimple_assign(def))
			return -1;
		c = gimple_assign_rhs_code(def);
		if ((c == NOP_EXPR || c == CONVERT_EXPR || c == SSA_NAME) &&
		    (TREE_CODE(TREE_TYPE(gimple_assign_rhs1(def))) ==
		     BOOLEAN_TYPE ||
		     TYPE_PRECISION(TREE_TYPE(l)) >=
		     TYPE_PRECISION(TREE_TYPE(gimple_assign_rhs1(def))))) {
			l = gimple_assign_rhs1(def);
			continue;
		}
		if (c != EQ_EXPR && c != NE_EXPR)
			return -1;
		/* l is (x c y), tested against 0. */
		l = gimple_assign_rhs1(def);
		r = gimple_assign_rhs2(def);
		eq_true = eq_true == (c == NE_EXPR);
	}
	return -1;
}

static bool lkmm_defined_in(tree t, basic_block bb)
{
	return TREE_CODE(t) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(t) &&
	       gimple_bb(SSA_NAME_DEF_STMT(t)) == bb;
}

/*
 * The sinks of BB of NAME (or, NAME 0, of any PINNED name): true when
 * there is one and FOUND is NULL; else they go into FOUND.  PHI: BB was
 * entered where a phi of it took a new value, so what is computed here
 * from it is new.
 */
static bool lkmm_block_sinks(struct lkmm_addr *a, lkmm_pin_map *pinned,
			     basic_block bb, bool phi, unsigned name,
			     auto_vec<unsigned> *found)
{
	unsigned i;

	for (i = 0; i < a->sinks[bb->index].length(); i++) {
		unsigned v = a->sinks[bb->index][i] + 1;

		if (phi && gimple_bb(SSA_NAME_DEF_STMT(ssa_name(v - 1))) == bb)
			continue;
		if (name ? v != name : pinned->get(v) == NULL)
			continue;
		if (!found)
			return true;
		if (!found->contains(v))
			found->safe_push(v);
	}
	return false;
}

/*
 * Is a sink of NAME (or, NAME 0, of any PINNED name) reachable from the
 * destinations of the edges in FROM?  A block entered where KILLS say the
 * name's value is new has its sinks looked at (but, past a phi, not the
 * sinks of names it defines), and the walk does not go on from it
 * (lkmm_killed_on).  Until a path passes the definition of
 * FACT's values again, a test of the same two values follows only the
 * edge their known outcome takes.  With NAME 0 it collects the sink names
 * it meets into FOUND.  Names are SSA versions + 1.
 */
static bool lkmm_reach(function *fn, struct lkmm_addr *a, lkmm_pin_map *pinned,
		       const vec<lkmm_teach> &from,
		       const struct lkmm_fact *fact,
		       unsigned name, const vec<tree> *kills,
		       auto_vec<unsigned> *found)
{
	struct item { basic_block bb; bool go; int known; bool phi; };
	auto_vec<item> work;
	/* Seen: walked on knowing nothing, knowing "different", knowing
	 * "equal"; looked at only. */
	auto_sbitmap seen0(last_basic_block_for_fn(fn));
	auto_sbitmap seen1(last_basic_block_for_fn(fn));
	auto_sbitmap seen2(last_basic_block_for_fn(fn));
	auto_sbitmap seen3(last_basic_block_for_fn(fn));
	sbitmap seen[4] = { seen0, seen1, seen2, seen3 };
	unsigned n = 0, i;
	lkmm_teach *t;
	edge_iterator ei;
	edge e;

	for (i = 0; i < 4; i++)
		bitmap_clear(seen[i]);
	auto enter = [&](edge in, int known) {
		basic_block d = in->dest;
		enum lkmm_kill kill;
		struct item it;

		if (d == EXIT_BLOCK_PTR_FOR_FN(fn))
			return;
		if (known >= 0 && (lkmm_defined_in(fact->op, d) ||
				   lkmm_defined_in(fact->other, d)))
			known = -1;
		it.bb = d;
		it.known = known;
		kill = lkmm_killed_on(in, kills, pinned);
		it.go = kill == LKMM_LIVE;
		it.phi = kill == LKMM_KILLED_PHI;
		/* Walked on from knowing less already, or its sinks looked
		 * at already: nothing new. */
		if (bitmap_bit_p(seen[0], d->index) ||
		    (it.go && bitmap_bit_p(seen[known + 1], d->index)) ||
		    (!it.go && (bitmap_bit_p(seen[1], d->index) ||
				bitmap_bit_p(seen[2], d->index) ||
				bitmap_bit_p(seen[3], d->index))))
			return;
		bitmap_set_bit(seen[it.go ? known + 1 : 3], d->index);
		work.safe_push(it);
	};
	FOR_EACH_VEC_ELT(from, i, t)
		enter(t->first, fact ? t->second : -1);
	while (!work.is_empty()) {
		struct item it = work.pop();
		basic_block bb = it.bb;
		gcond *g;

		if (++n > LKMM_REACH_BLOCKS_MAX ||
		    lkmm_block_sinks(a, pinned, bb, it.phi, name, found))
			return true;
		if (!it.go)
			continue;
		g = safe_dyn_cast<gcond *>(last_stmt(bb));
		if (it.known >= 0 && g && EDGE_COUNT(bb->succs) == 2) {
			int eq_true = lkmm_tests_fact(g, fact);
			edge te, fe;

			if (eq_true >= 0) {
				extract_true_false_edges_from_block(bb, &te,
								    &fe);
				enter(eq_true == it.known ? te : fe, it.known);
				continue;
			}
		}
		FOR_EACH_EDGE(e, ei, bb->succs)
			enter(e, it.known);
	}
	return false;
}

/* Is a sink of a PINNED name reachable from FROM, the edges that teach
 * something, leaving block CB? */
bool lkmm_sink_reachable(function *fn, struct lkmm_addr *a,
				lkmm_pin_map *pinned,
				const vec<lkmm_teach> &from, basic_block cb,
				const struct lkmm_fact *fact)
{
	auto_vec<unsigned> found;
	auto_vec<tree> kills;
	unsigned i, v;

	if (from.is_empty())
		return false;
	if (lkmm_reach(fn, a, pinned, from, fact, 0, NULL, &found))
		return true;
	if (found.is_empty())
		return false;
	if (found.length() > LKMM_KILL_NAMES_MAX)
		return true;
	FOR_EACH_VEC_ELT(found, i, v) {
		lkmm_kills(pinned, v, cb, &kills);
		if (lkmm_reach(fn, a, pinned, from, fact, v, &kills, NULL))
			return true;
	}
	return false;
}

bool lkmm_cond_reaches_sink(function *fn, struct lkmm_addr *a,
				   gcond *g, tree op, tree other)
{
	lkmm_pin_map pinned;
	basic_block bb = gimple_bb(g);
	auto_vec<lkmm_teach> from;
	struct lkmm_fact fact;
	edge te, fe;

	if (EDGE_COUNT(bb->succs) != 2 || !lkmm_pinned(op, &pinned))
		return true;
	extract_true_false_edges_from_block(bb, &te, &fe);
	lkmm_teaching_succs(a, gimple_cond_code(g), op, other, te, fe, true,
			    &from);
	fact.op = op;
	fact.other = other;
	return lkmm_sink_reachable(fn, a, &pinned, from, bb, &fact);
}

/*
 * A select x = (op == other) ? t : f branches nowhere: GCC may put the
 * value it teaches only into the arm where it holds (t for ==, f for !=;
 * both for a relational test or a name of two values).
 */
bool lkmm_select_reaches_sink(struct lkmm_addr *a, gimple *stmt,
				     enum tree_code code, tree op, tree other)
{
	lkmm_pin_map pinned;
	bool both = lkmm_teaches_both(a, code, op, other);
	tree arm;
	if (!lkmm_pinned(op, &pinned))
		return true;
	arm = gimple_assign_rhs2(stmt);
	if ((both || code == EQ_EXPR) && TREE_CODE(arm) == SSA_NAME &&
	    pinned.get(SSA_NAME_VERSION(arm) + 1))
		return true;
	arm = gimple_assign_rhs3(stmt);
	if ((both || code == NE_EXPR) && TREE_CODE(arm) == SSA_NAME &&
	    pinned.get(SSA_NAME_VERSION(arm) + 1))
		return true;
	return false;
}
