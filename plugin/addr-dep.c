// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * addr-dep.c - protecting address and data dependencies.
 *
 * GCC breaks an address or data dependency by learning, from a comparison,
 * which single value a head-derived name holds (p == &x, i == 0,
 * unsigned i < 1, (seq & 1) == 0, p == get_default()), and then using that
 * constant or that other register in the dependent access instead of the
 * loaded one (evrp, dom, fre, RTL cse and cprop).  docs/breakages.md, A1-A4.
 *
 * The fix: compare an opaque copy, dereference the original.  Each
 * comparison that could teach GCC a single value of a name whose value
 * reaches a dependent access is rewritten to
 *
 *	h = asm ("" : "=r" (h) : "0" (v), "i" (LKMM_ASM_MAGIC | HIDE));
 *	if (h == &x) ...
 *
 * GCC then learns h == &x, never v == &x, and the dependent accesses keep
 * using v's register.  The asm emits nothing; at most the register
 * allocator adds one mov when v stays live beside h.
 *
 * Algorithm, per function, on the head analysis of heads.c:
 *   1. Feeds: the head-derived names whose value is a dependent access's
 *      address (memory operand bases and indices), a stored value (a data
 *      dependency), or leaves the function (call argument, asm input,
 *      return value: the dependency goes on there), closed backward over
 *      the computations (assignments other than loads, phis,
 *      __builtin_expect) that define them.  A load ends the walk: its
 *      address is a feed of its own.
 *   2. Relevant: the feeds, closed forward over computations again, so
 *      that (seq & 1) is relevant when seq feeds.  Comparison results are
 *      not followed: what a branch on one teaches comes from the
 *      comparison, which is judged itself.
 *   3. Every comparison (GIMPLE_COND, comparison assignment, COND_EXPR
 *      condition, switch index) with a relevant operand that teaches a
 *      single value gets its head-derived operands hidden (both, if both
 *      are: GCC would otherwise put one head in the other's place):
 *        ==, != on integers, always;
 *        ==, != on pointers, unless against null (which teaches only
 *               "not null");
 *        <, <=, >, >= when the constant is within one of the type's
 *               bounds (unsigned i < 1 pins i == 0), or when the same name
 *               is range-tested more than once (i > 2 && i < 4); against
 *               another name only when what is known of that name could
 *               shrink to a point (a constant not yet propagated, a name
 *               tested against a constant) or the two are tested twice;
 *        switch, always.
 *      A comparison is left alone, though, when no sink (a use by memory,
 *      a call, an asm or the return) of a name a value of the compared
 *      one pins (computed from it, or it from by x + 4 and the like) can
 *      be reached from an edge that teaches the value: what GCC learns
 *      there can land nowhere.  == teaches on its true edge, != on its
 *      false one; the other edge too when the name may hold only two
 *      values ((v & 1) != 0).  A comparison computed into a truth value
 *      teaches on the edges of the branches that test that value.  A
 *      path that runs through the definition of a name again (round a
 *      loop) reaches a new value, which what was learned covers only when
 *      it is computed from it; until then, a second test of the same two
 *      values goes the one way the first decided (as jump threading
 *      knows).
 *      Anything else is left alone: code with no dependency GCC could
 *      break compiles to the same instructions.
 *   The pointer and integer parameters of static and inline functions
 *   that some caller may pass a head (heads.c scans the calls of the
 *   unit) count as heads too: such a helper may be inlined into that
 *   caller only at IPA time, after its own early optimizations.
 *   Where inlining shows that the argument heads nothing (no head, often
 *   a constant), the next run removes that hide again, so constant
 *   propagation into helpers works as before.
 *   A value that does not fit one general register (__int128, vectors,
 *   floats) cannot be copied by the asm; such a comparison is counted as
 *   skipped.  Right before IPA the early run's copies go again (unhide.c,
 *   lkmm_drop_hides), so that IPA's estimates see the code as without
 *   lkmm; the late run, after IPA inlining, hides what it must in the code
 *   inlining gives it.  In the compile step of an LTO build the copies
 *   stay, and the late run finds only the comparisons inlining brought
 *   in: an asm output is not head-derived, so nothing is hidden twice.
 *
 * consume=relaxed (lkmm_relax_consume, early run only): each
 * __atomic_load_n(p, __ATOMIC_CONSUME) head is compiled as a relaxed load
 * (ldr, not ldar, on AArch64) whose dependencies the pass above keeps.
 * Where the value, or anything computed from it, escapes where lkmm
 * cannot follow (a call left after early inlining, a store of it, an asm,
 * a return, a comparison that cannot be hidden), that load stays as GCC
 * compiles it (acquire), and verbose says so.
 */
#include "lkmm-plugin.h"
#include "tree-dfa.h"

/* Can the hide asm copy OP: an integer or pointer in one register. */
static bool lkmm_hideable(tree op)
{
	tree type = TREE_TYPE(op);

	return (INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type)) &&
	       TYPE_SIZE(type) && tree_fits_uhwi_p(TYPE_SIZE(type)) &&
	       tree_to_uhwi(TYPE_SIZE(type)) <= BITS_PER_WORD;
}

/* A statement that computes its SSA result from its operands' values
 * (not a load, not a comparison, not a call but value builtins). */
static bool lkmm_computation_p(const gimple *stmt)
{
	switch (gimple_code(stmt)) {
	case GIMPLE_PHI:
		return true;
	case GIMPLE_ASSIGN:
		if (TREE_CODE(gimple_assign_lhs(stmt)) != SSA_NAME ||
		    gimple_assign_load_p(stmt) ||
		    TREE_CODE_CLASS(gimple_assign_rhs_code(stmt)) ==
		    tcc_comparison)
			return false;
		return true;
	case GIMPLE_CALL:
		return gimple_call_lhs(stmt) &&
		       TREE_CODE(gimple_call_lhs(stmt)) == SSA_NAME &&
		       lkmm_value_builtin_p(stmt);
	default:
		return false;
	}
}

struct lkmm_addr {
	struct lkmm_deps *deps;
	sbitmap params;		/* derived from a parameter of an inlinable fn */
	sbitmap feeds;		/* step 1, then step 2 (relevant) */
	auto_vec<tree> work;
	auto_vec<unsigned> ranged;	/* relational tests per name */
	sbitmap narrowed;		/* names tested against a constant */
	hash_map<int_hash<unsigned HOST_WIDE_INT, 0>, unsigned> pairs;
					/* relational tests per two names */
	vec<unsigned> *sinks;		/* per block: names sunk there */
};

static bool lkmm_any(sbitmap set)
{
	return bitmap_first_set_bit(set) >= 0;
}

static bool lkmm_in(sbitmap set, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       SSA_NAME_VERSION(op) < SBITMAP_SIZE(set) &&
	       bitmap_bit_p(set, SSA_NAME_VERSION(op));
}

/* Head-derived, or derived from a parameter of an inlinable function. */
static bool lkmm_derived(struct lkmm_addr *a, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       ((lkmm_flags(a->deps, op) & LKMM_ADDR) || lkmm_in(a->params, op));
}

static void lkmm_feed(struct lkmm_addr *a, tree op)
{
	if (!op || TREE_CODE(op) != SSA_NAME ||
	    SSA_NAME_VERSION(op) >= SBITMAP_SIZE(a->feeds) ||
	    !lkmm_derived(a, op) ||
	    bitmap_bit_p(a->feeds, SSA_NAME_VERSION(op)))
		return;
	bitmap_set_bit(a->feeds, SSA_NAME_VERSION(op));
	a->work.safe_push(op);
}

static tree lkmm_feed_r(tree *tp, int *walk_subtrees, void *data)
{
	if (TREE_CODE(*tp) == SSA_NAME)
		lkmm_feed((struct lkmm_addr *)data, *tp);
	else if (TYPE_P(*tp) || DECL_P(*tp) || CONSTANT_CLASS_P(*tp))
		*walk_subtrees = 0;
	return NULL_TREE;
}

/* Every SSA name in T feeds (T a memory reference or a value). */
static void lkmm_feed_all(struct lkmm_addr *a, tree t)
{
	if (t)
		walk_tree_without_duplicates(&t, lkmm_feed_r, a);
}

/* Step 1 seeds: what the statement uses as an address, stores, or lets
 * leave the function. */
static void lkmm_seed_stmt(struct lkmm_addr *a, gimple *stmt)
{
	unsigned i;

	switch (gimple_code(stmt)) {
	case GIMPLE_ASSIGN:
		if (TREE_CODE(gimple_assign_lhs(stmt)) != SSA_NAME) {
			/* A store: its address and its value. */
			for (i = 0; i < gimple_num_ops(stmt); i++)
				lkmm_feed_all(a, gimple_op(stmt, i));
		} else if (gimple_assign_load_p(stmt)) {
			lkmm_feed_all(a, gimple_assign_rhs1(stmt));
		}
		break;
	case GIMPLE_CALL:
		if (lkmm_computation_p(stmt))
			break;
		for (i = 0; i < gimple_call_num_args(stmt); i++)
			lkmm_feed_all(a, gimple_call_arg(stmt, i));
		if (gimple_call_lhs(stmt) &&
		    TREE_CODE(gimple_call_lhs(stmt)) != SSA_NAME)
			lkmm_feed_all(a, gimple_call_lhs(stmt));
		break;
	case GIMPLE_ASM: {
		gasm *g = as_a<gasm *>(stmt);

		if (lkmm_asm_kind(stmt))
			break;
		for (i = 0; i < gimple_asm_ninputs(g); i++)
			lkmm_feed_all(a, TREE_VALUE(gimple_asm_input_op(g, i)));
		for (i = 0; i < gimple_asm_noutputs(g); i++) {
			tree o = TREE_VALUE(gimple_asm_output_op(g, i));

			if (TREE_CODE(o) != SSA_NAME)
				lkmm_feed_all(a, o);
		}
		break;
	}
	case GIMPLE_RETURN:
		lkmm_feed(a, gimple_return_retval(as_a<greturn *>(stmt)));
		break;
	default:
		break;
	}
}

/* Step 1: the feeds, closed backward over computations. */
static void lkmm_find_feeds(function *fn, struct lkmm_addr *a)
{
	basic_block bb;
	unsigned i;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi))
			if (!is_gimple_debug(gsi_stmt(gsi)))
				lkmm_seed_stmt(a, gsi_stmt(gsi));
	}
	while (!a->work.is_empty()) {
		tree name = a->work.pop();
		gimple *def = SSA_NAME_DEF_STMT(name);

		if (!def || !lkmm_computation_p(def))
			continue;
		if (gimple_code(def) == GIMPLE_PHI) {
			for (i = 0; i < gimple_phi_num_args(def); i++)
				lkmm_feed(a, gimple_phi_arg_def(def, i));
		} else if (is_gimple_call(def)) {
			lkmm_feed(a, gimple_call_arg(def, 0));
		} else {
			for (i = 1; i < gimple_num_ops(def); i++)
				lkmm_feed_all(a, gimple_op(def, i));
		}
	}
}

/* Step 2: the relevant names, the feeds closed forward over computations. */
static void lkmm_find_relevant(function *fn, struct lkmm_addr *a)
{
	unsigned i;
	tree name;

	FOR_EACH_SSA_NAME(i, name, fn)
		if (lkmm_in(a->feeds, name))
			a->work.safe_push(name);
	while (!a->work.is_empty()) {
		imm_use_iterator it;
		gimple *use_stmt;
		tree lhs;

		name = a->work.pop();
		FOR_EACH_IMM_USE_STMT(use_stmt, it, name) {
			if (!lkmm_computation_p(use_stmt))
				continue;
			lhs = gimple_get_lhs(use_stmt);
			if (is_gimple_call(use_stmt) &&
			    gimple_call_arg(use_stmt, 0) != name)
				continue;
			if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
			    SSA_NAME_VERSION(lhs) >= SBITMAP_SIZE(a->feeds) ||
			    bitmap_bit_p(a->feeds, SSA_NAME_VERSION(lhs)))
				continue;
			bitmap_set_bit(a->feeds, SSA_NAME_VERSION(lhs));
			a->work.safe_push(lhs);
		}
	}
}

/*
 * A static or inline function may be inlined into a caller that passes it
 * a head only at IPA time, after its early optimizations have already
 * learned from its comparisons.  So its pointer and integer parameters
 * that may receive a head (heads.c, lkmm_param_may_head) count as heads
 * here, and the names computed from them (not the values loaded through
 * them: those head nothing unless the load is one).  Returns whether
 * there is any.
 */
static bool lkmm_find_params(function *fn, struct lkmm_addr *a)
{
	auto_vec<tree> work;
	tree parm, name;
	unsigned argno;

	if (TREE_PUBLIC(fn->decl) && !DECL_DECLARED_INLINE_P(fn->decl))
		return false;
	if (MAIN_NAME_P(DECL_NAME(fn->decl)))
		return false;
	for (parm = DECL_ARGUMENTS(fn->decl), argno = 0; parm;
	     parm = DECL_CHAIN(parm), argno++) {
		if (!(INTEGRAL_TYPE_P(TREE_TYPE(parm)) ||
		      POINTER_TYPE_P(TREE_TYPE(parm))) ||
		    !lkmm_param_may_head(fn, argno))
			continue;
		name = ssa_default_def(fn, parm);
		if (!name || SSA_NAME_VERSION(name) >= SBITMAP_SIZE(a->params))
			continue;
		bitmap_set_bit(a->params, SSA_NAME_VERSION(name));
		work.safe_push(name);
	}
	if (work.is_empty())
		return false;
	while (!work.is_empty()) {
		imm_use_iterator it;
		gimple *use;

		name = work.pop();
		FOR_EACH_IMM_USE_STMT(use, it, name) {
			tree lhs = gimple_get_lhs(use);

			if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
			    SSA_NAME_VERSION(lhs) >= SBITMAP_SIZE(a->params) ||
			    bitmap_bit_p(a->params, SSA_NAME_VERSION(lhs)))
				continue;
			if (!lkmm_computation_p(use) ||
			    (is_gimple_call(use) &&
			     gimple_call_arg(use, 0) != name))
				continue;
			bitmap_set_bit(a->params, SSA_NAME_VERSION(lhs));
			work.safe_push(lhs);
		}
	}
	return true;
}

static bool lkmm_relational_p(enum tree_code code)
{
	return code == LT_EXPR || code == LE_EXPR || code == GT_EXPR ||
	       code == GE_EXPR;
}

/* The comparison STMT makes, if any: its code and operands. */
static bool lkmm_comparison(gimple *stmt, enum tree_code *code, tree *op0,
			    tree *op1)
{
	tree c;

	if (gcond *g = dyn_cast<gcond *>(stmt)) {
		*code = gimple_cond_code(g);
		*op0 = gimple_cond_lhs(g);
		*op1 = gimple_cond_rhs(g);
		return true;
	}
	if (!is_gimple_assign(stmt))
		return false;
	*code = gimple_assign_rhs_code(stmt);
	if (TREE_CODE_CLASS(*code) == tcc_comparison) {
		*op0 = gimple_assign_rhs1(stmt);
		*op1 = gimple_assign_rhs2(stmt);
		return true;
	}
	if (*code != COND_EXPR)
		return false;
	c = gimple_assign_rhs1(stmt);
	if (!COMPARISON_CLASS_P(c))
		return false;
	*code = TREE_CODE(c);
	*op0 = TREE_OPERAND(c, 0);
	*op1 = TREE_OPERAND(c, 1);
	return true;
}

static unsigned HOST_WIDE_INT lkmm_pair_key(tree x, tree y)
{
	unsigned HOST_WIDE_INT vx = SSA_NAME_VERSION(x) + 1;
	unsigned HOST_WIDE_INT vy = SSA_NAME_VERSION(y) + 1;

	return vx < vy ? (vx << 32) | vy : (vy << 32) | vx;
}

/*
 * Count the relational tests of each name (two of them can pin it), and
 * of each two names tested against each other; note the names tested
 * against a constant (their range may shrink to a point).
 */
static void lkmm_count_ranges(function *fn, struct lkmm_addr *a)
{
	basic_block bb;

	a->ranged.safe_grow_cleared(num_ssa_names);
	a->narrowed = sbitmap_alloc(num_ssa_names);
	bitmap_clear(a->narrowed);
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			enum tree_code code;
			tree op0, op1;

			if (gswitch *sw = dyn_cast<gswitch *>(stmt)) {
				op0 = gimple_switch_index(sw);
				if (TREE_CODE(op0) == SSA_NAME)
					bitmap_set_bit(a->narrowed,
						       SSA_NAME_VERSION(op0));
				continue;
			}
			if (!lkmm_comparison(stmt, &code, &op0, &op1) ||
			    TREE_CODE(op0) != SSA_NAME)
				continue;
			if (TREE_CODE(op1) != SSA_NAME) {
				bitmap_set_bit(a->narrowed,
					       SSA_NAME_VERSION(op0));
			} else if (lkmm_relational_p(code)) {
				a->pairs.get_or_insert(
					lkmm_pair_key(op0, op1))++;
			}
			if (!lkmm_relational_p(code))
				continue;
			a->ranged[SSA_NAME_VERSION(op0)]++;
			if (TREE_CODE(op1) == SSA_NAME)
				a->ranged[SSA_NAME_VERSION(op1)]++;
		}
	}
}

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
static void lkmm_find_sinks(function *fn, struct lkmm_addr *a)
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

static void lkmm_free_sinks(function *fn, struct lkmm_addr *a)
{
	int i;

	for (i = 0; i < last_basic_block_for_fn(fn); i++)
		a->sinks[i].release();
	XDELETEVEC(a->sinks);
}

/* The operand of DEF a single value of its result pins, if any: x + 4,
 * -x, ~x, x ^ 4, a copy, a conversion that does not narrow.  Not x & 4,
 * x >> 2, x * 3: their result leaves x open. */
static tree lkmm_inverse_operand(gimple *def)
{
	tree lhs, r1, r2;

	if (!is_gimple_assign(def))
		return NULL_TREE;
	lhs = gimple_assign_lhs(def);
	r1 = gimple_assign_rhs1(def);
	r2 = gimple_assign_rhs2(def);
	switch (gimple_assign_rhs_code(def)) {
	case SSA_NAME:
	case NEGATE_EXPR:
	case BIT_NOT_EXPR:
		return r1;
	case NOP_EXPR:
	case CONVERT_EXPR:
		return TYPE_PRECISION(TREE_TYPE(lhs)) >=
		       TYPE_PRECISION(TREE_TYPE(r1)) ? r1 : NULL_TREE;
	case PLUS_EXPR:
	case MINUS_EXPR:
	case POINTER_PLUS_EXPR:
	case BIT_XOR_EXPR:
		if (TREE_CODE(r1) == SSA_NAME && TREE_CODE(r2) != SSA_NAME)
			return r1;
		if (TREE_CODE(r2) == SSA_NAME && TREE_CODE(r1) != SSA_NAME)
			return r2;
		return NULL_TREE;
	default:
		return NULL_TREE;
	}
}

/* The other names computed as DEF computes its result (s & 1 twice):
 * value numbering makes them one, and what is learned of one holds for
 * all. */
static void lkmm_push_equivalents(gimple *def, auto_vec<tree> *work)
{
	imm_use_iterator it;
	gimple *use;
	tree op;

	if (!is_gimple_assign(def) || gimple_num_ops(def) < 2)
		return;
	op = gimple_assign_rhs1(def);
	if (TREE_CODE(op) != SSA_NAME)
		op = gimple_num_ops(def) > 2 ? gimple_assign_rhs2(def) : NULL_TREE;
	if (!op || TREE_CODE(op) != SSA_NAME)
		return;
	FOR_EACH_IMM_USE_STMT(use, it, op) {
		if (use == def || !is_gimple_assign(use) ||
		    gimple_assign_rhs_code(use) != gimple_assign_rhs_code(def) ||
		    gimple_num_ops(use) != gimple_num_ops(def) ||
		    TREE_CODE(gimple_assign_lhs(use)) != SSA_NAME ||
		    !operand_equal_p(gimple_assign_rhs1(use),
				     gimple_assign_rhs1(def), 0) ||
		    (gimple_num_ops(def) > 2 &&
		     !operand_equal_p(gimple_assign_rhs2(use),
				      gimple_assign_rhs2(def), 0)))
			continue;
		work->safe_push(gimple_assign_lhs(use));
	}
}

/* Names a pinned set grows to before it is taken as "anything". */
#define LKMM_PINNED_LIMIT	256

typedef hash_map<int_hash<unsigned, 0>, unsigned> lkmm_pin_map;

/*
 * The names a single value of OP pins: OP, backward through the
 * computations a value of their result gives away (lkmm_inverse_operand)
 * and through phis (jump threading learns a phi argument on its path),
 * the names computed the same way as one of them, and forward through
 * every computation from them (not back again through a phi found so).
 * PINNED maps each (version + 1) to the version + 1 of the name it was
 * computed from when it was found forward, or to 0 (an anchor: its own
 * value is what is known).  False when the
 * set grew too large to tell.
 */
static bool lkmm_pinned(tree op, lkmm_pin_map *pinned)
{
	auto_vec<std::pair<tree, unsigned> > work;
	unsigned i;

	work.safe_push(std::make_pair(op, 0u));
	while (!work.is_empty()) {
		std::pair<tree, unsigned> item = work.pop();
		tree name = item.first, back;
		gimple *def, *use;
		imm_use_iterator it;
		unsigned key;

		if (TREE_CODE(name) != SSA_NAME)
			continue;
		key = SSA_NAME_VERSION(name) + 1;
		if (pinned->get(key))
			continue;
		if (pinned->put(key, item.second))
			continue;
		if (pinned->elements() > LKMM_PINNED_LIMIT)
			return false;
		def = SSA_NAME_DEF_STMT(name);
		if (gimple_code(def) == GIMPLE_PHI) {
			/* A phi found forward, from one argument, holds
			 * the learned value only where that argument
			 * comes in: the others stay open. */
			for (i = 0; !item.second &&
				    i < gimple_phi_num_args(def); i++)
				work.safe_push(std::make_pair(
					gimple_phi_arg_def(def, i), 0u));
		} else if ((back = lkmm_inverse_operand(def))) {
			work.safe_push(std::make_pair(back, 0u));
		} else {
			auto_vec<tree> eq;
			tree e;

			lkmm_push_equivalents(def, &eq);
			FOR_EACH_VEC_ELT(eq, i, e)
				work.safe_push(std::make_pair(e, 0u));
		}
		FOR_EACH_IMM_USE_STMT(use, it, name) {
			if (!lkmm_computation_p(use))
				continue;
			if (is_gimple_call(use) && gimple_call_arg(use, 0) != name)
				continue;
			if (gimple_get_lhs(use))
				work.safe_push(std::make_pair(gimple_get_lhs(use),
							      key));
		}
	}
	return true;
}

/* Blocks a reachability walk looks at before it assumes the worst. */
#define LKMM_REACH_LIMIT	4096
/* Sink names whose killing definitions are worked out one by one. */
#define LKMM_KILL_LIMIT		16

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

/* The two values a comparison tested, == or !=: on the paths from its
 * teaching edges the walk knows whether they are equal, as GCC does (jump
 * threading), so a second test of the same two values goes one way only.
 * Each teaching edge comes with what it knows: 1 equal, 0 different, -1
 * nothing. */
struct lkmm_fact {
	tree op, other;
};

typedef std::pair<edge, int> lkmm_teach;

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
	while (steps++ < 8) {
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

		if (++n > LKMM_REACH_LIMIT)
			return true;
		for (i = 0; i < a->sinks[bb->index].length(); i++) {
			unsigned v = a->sinks[bb->index][i] + 1;

			/* Entered where a phi of this block took a new
			 * value: what is computed here from it is new. */
			if (it.phi && gimple_bb(SSA_NAME_DEF_STMT(
					ssa_name(v - 1))) == bb)
				continue;
			if (name ? v == name : pinned->get(v) != NULL) {
				if (!found)
					return true;
				if (!found->contains(v))
					found->safe_push(v);
			}
		}
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

/* The names whose definition may end what is known of VERSION: it and
 * the names it was computed from back to its anchor, where defined before
 * the comparison in block CB, or by a phi (which holds what was learned
 * only where an argument that holds it comes in). */
static void lkmm_kills(lkmm_pin_map *pinned, unsigned version,
		       basic_block cb, vec<tree> *kills)
{
	unsigned v = version, steps = 0;

	kills->truncate(0);
	while (v && steps++ < LKMM_PINNED_LIMIT) {
		tree name = ssa_name(v - 1);
		unsigned *parent = pinned->get(v);
		basic_block db;

		if (name && !SSA_NAME_IS_DEFAULT_DEF(name) &&
		    (db = gimple_bb(SSA_NAME_DEF_STMT(name))) &&
		    (gimple_code(SSA_NAME_DEF_STMT(name)) == GIMPLE_PHI ||
		     dominated_by_p(CDI_DOMINATORS, cb, db)))
			kills->safe_push(name);
		v = parent ? *parent : 0;
	}
}

/* Is a sink of a PINNED name reachable from FROM, the edges that teach
 * something, leaving block CB? */
static bool lkmm_sink_reachable(function *fn, struct lkmm_addr *a,
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
	if (found.length() > LKMM_KILL_LIMIT)
		return true;
	FOR_EACH_VEC_ELT(found, i, v) {
		lkmm_kills(pinned, v, cb, &kills);
		if (lkmm_reach(fn, a, pinned, from, fact, v, &kills, NULL))
			return true;
	}
	return false;
}

/* Could NAME hold only two values (a flag, x & 4, a range tested)?  Then
 * != teaches the other one.  DEPTH bounds the walk. */
static bool lkmm_two_valued(struct lkmm_addr *a, tree name, int depth)
{
	tree type = TREE_TYPE(name);
	gimple *def;
	unsigned i;

	if (TREE_CODE(name) == INTEGER_CST)
		return true;
	if (TREE_CODE(name) != SSA_NAME || depth > 8)
		return true;
	if (TREE_CODE(type) == BOOLEAN_TYPE || TYPE_PRECISION(type) <= 1)
		return true;
	if (!INTEGRAL_TYPE_P(type))
		return false;
	if ((SSA_NAME_VERSION(name) < a->ranged.length() &&
	     a->ranged[SSA_NAME_VERSION(name)]) ||
	    wi::popcount(get_nonzero_bits(name)) <= 1)
		return true;
	{
		int_range_max r;
		widest_int count = 0;

		if (LKMM_GLOBAL_RANGE(r, name)) {
			if (r.undefined_p())
				return true;
			if (!r.varying_p()) {
				signop sgn = TYPE_SIGN(type);

				for (i = 0; i < r.num_pairs(); i++)
					count += widest_int::from(
						r.upper_bound(i), sgn) -
						widest_int::from(
						r.lower_bound(i), sgn) + 1;
				if (count <= 2)
					return true;
			}
		}
	}
	if (SSA_NAME_IS_DEFAULT_DEF(name))
		return false;
	def = SSA_NAME_DEF_STMT(name);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (!lkmm_two_valued(a, gimple_phi_arg_def(def, i),
					     depth + 1))
				return false;
		return true;
	}
	if (is_gimple_call(def))
		return lkmm_value_builtin_p(def) &&
		       lkmm_two_valued(a, gimple_call_arg(def, 0), depth + 1);
	if (!is_gimple_assign(def) || gimple_assign_load_p(def))
		return false;
	switch (gimple_assign_rhs_code(def)) {
	case COND_EXPR:
	case MIN_EXPR:
	case MAX_EXPR:
		return true;
	case BIT_AND_EXPR:
		return lkmm_two_valued(a, gimple_assign_rhs1(def), depth + 1) ||
		       lkmm_two_valued(a, gimple_assign_rhs2(def), depth + 1);
	case TRUNC_MOD_EXPR:
	case FLOOR_MOD_EXPR:
	case RSHIFT_EXPR:
		if (TREE_CODE(gimple_assign_rhs2(def)) == INTEGER_CST)
			return true;
		break;
	default:
		break;
	}
	if (TREE_CODE_CLASS(gimple_assign_rhs_code(def)) == tcc_comparison)
		return true;
	/* One name and constants: no more values than that name. */
	{
		tree only = NULL_TREE;

		for (i = 1; i < gimple_num_ops(def); i++) {
			tree op = gimple_op(def, i);

			if (TREE_CODE(op) == SSA_NAME) {
				if (only)
					return false;
				only = op;
			} else if (!CONSTANT_CLASS_P(op)) {
				return false;
			}
		}
		return only && lkmm_two_valued(a, only, depth + 1);
	}
}

/* Do both outcomes of OP CODE OTHER teach a value of OP: a relational
 * test, or != where OP (or OTHER) may hold only two values? */
static bool lkmm_teaches_both(struct lkmm_addr *a, enum tree_code code,
			      tree op, tree other)
{
	if (code != EQ_EXPR && code != NE_EXPR)
		return true;
	return !POINTER_TYPE_P(TREE_TYPE(op)) &&
	       (lkmm_two_valued(a, op, 0) ||
		(TREE_CODE(other) == SSA_NAME &&
		 lkmm_two_valued(a, other, 0)));
}

/*
 * A comparison teaches GCC a value only in the code its teaching edge
 * leads to: when no sink of a name a value of OP pins can be reached from
 * there, no optimization can put the learned value into a dependent
 * access.  == teaches on its true edge, != on its false one.  The other
 * edge teaches too when OP may hold only two values ((i & 1) != 0 leaves
 * one), or for a relational test.
 */
static void lkmm_teaching_succs(struct lkmm_addr *a, enum tree_code code,
				tree op, tree other, edge te, edge fe,
				bool t_known, vec<lkmm_teach> *from)
{
	bool both = lkmm_teaches_both(a, code, op, other);
	int eq = code == EQ_EXPR ? 1 : code == NE_EXPR ? 0 : -1;

	if (!t_known) {
		both = true;
		eq = -1;
	}
	/* TE is where the comparison holds: its values are equal there
	 * for ==, different for !=. */
	if (te && (both || code == EQ_EXPR))
		from->safe_push(std::make_pair(te, eq));
	if (fe && (both || code == NE_EXPR))
		from->safe_push(std::make_pair(fe, eq < 0 ? -1 : !eq));
}

static bool lkmm_cond_reaches_sink(function *fn, struct lkmm_addr *a,
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

/* Uses of a truth value a branch could still test, followed before the
 * walk assumes the worst. */
#define LKMM_TRUTH_LIMIT	64

/*
 * The same for a comparison computed into a truth value LHS (before
 * forwprop and ifcombine make it a condition, or when && joins two): GCC
 * learns from it only where a condition tests that value, through
 * conversions, copies, phis, __builtin_expect, !, &, | and == or != a
 * constant.  Through ! and the like the edges swap; through & and |, or a
 * test other than against zero, both edges count.  So the sinks must be
 * reachable from an edge of one of those conditions.  Any other use (a
 * store, a call, the return, a select) counts as reaching one.
 */
static bool lkmm_truth_reaches_sink(function *fn, struct lkmm_addr *a,
				    gimple *cmp, enum tree_code code,
				    tree op, tree other)
{
	lkmm_pin_map pinned;
	hash_set<int_hash<unsigned, 0> > seen;
	/* name; polarity: 1 same truth as the comparison, 0 inverted,
	 * -1 unknown */
	auto_vec<std::pair<tree, int> > work;
	auto_vec<lkmm_teach> from;
	struct lkmm_fact fact;

	work.safe_push(std::make_pair(gimple_assign_lhs(cmp), 1));
	while (!work.is_empty()) {
		std::pair<tree, int> item = work.pop();
		tree name = item.first;
		int pol = item.second;
		imm_use_iterator it;
		gimple *use;

		if (seen.add(SSA_NAME_VERSION(name) * 3 + pol + 1))
			continue;
		if (seen.elements() > LKMM_TRUTH_LIMIT)
			return true;
		FOR_EACH_IMM_USE_STMT(use, it, name) {
			enum tree_code ucode;
			tree other_op, lhs;
			int npol = pol;

			if (is_gimple_debug(use))
				continue;
			if (gcond *c = dyn_cast<gcond *>(use)) {
				basic_block bb = gimple_bb(c);
				enum tree_code cc = gimple_cond_code(c);
				tree k = gimple_cond_lhs(c) == name ?
					 gimple_cond_rhs(c) : gimple_cond_lhs(c);
				edge te, fe;

				if (EDGE_COUNT(bb->succs) != 2)
					return true;
				extract_true_false_edges_from_block(bb, &te, &fe);
				if (!integer_zerop(k) ||
				    (cc != NE_EXPR && cc != EQ_EXPR))
					npol = -1;
				else if (cc == EQ_EXPR && npol >= 0)
					npol = !npol;
				/* npol 1: the true edge is where the
				 * comparison holds. */
				if (npol < 0) {
					lkmm_teaching_succs(a, code, op, other,
							    te, fe, false,
							    &from);
				} else {
					lkmm_teaching_succs(a, code, op, other,
							    npol ? te : fe,
							    npol ? fe : te,
							    true, &from);
				}
				continue;
			}
			if (gimple_code(use) == GIMPLE_PHI) {
				work.safe_push(std::make_pair(
					gimple_phi_result(use), pol));
				continue;
			}
			if (is_gimple_call(use) && lkmm_value_builtin_p(use) &&
			    gimple_call_arg(use, 0) == name &&
			    gimple_call_lhs(use) &&
			    TREE_CODE(gimple_call_lhs(use)) == SSA_NAME) {
				work.safe_push(std::make_pair(
					gimple_call_lhs(use), pol));
				continue;
			}
			if (!is_gimple_assign(use) ||
			    TREE_CODE(gimple_assign_lhs(use)) != SSA_NAME)
				return true;
			lhs = gimple_assign_lhs(use);
			ucode = gimple_assign_rhs_code(use);
			other_op = gimple_assign_rhs1(use) == name ?
				   gimple_assign_rhs2(use) :
				   gimple_assign_rhs1(use);
			switch (ucode) {
			case SSA_NAME:
			case NOP_EXPR:
			case CONVERT_EXPR:
				if (TYPE_PRECISION(TREE_TYPE(lhs)) < 1)
					return true;
				break;
			case BIT_AND_EXPR:
			case BIT_IOR_EXPR:
				npol = -1;
				break;
			case BIT_XOR_EXPR:
				if (!other_op || TREE_CODE(other_op) != INTEGER_CST)
					return true;
				if (npol >= 0 && integer_onep(other_op))
					npol = !npol;
				else if (!integer_zerop(other_op))
					npol = -1;
				break;
			case EQ_EXPR:
			case NE_EXPR:
				if (!other_op || TREE_CODE(other_op) != INTEGER_CST)
					return true;
				if (!integer_zerop(other_op))
					npol = -1;
				else if (ucode == EQ_EXPR && npol >= 0)
					npol = !npol;
				break;
			default:
				return true;
			}
			work.safe_push(std::make_pair(lhs, npol));
		}
	}
	/* What a value of OP pins is worked out only once no use of the
	 * truth value has settled the answer. */
	if (!lkmm_pinned(op, &pinned))
		return true;
	fact.op = op;
	fact.other = other;
	return lkmm_sink_reachable(fn, a, &pinned, from, gimple_bb(cmp),
				   &fact);
}

/*
 * A select x = (op == other) ? t : f branches nowhere: GCC may put the
 * value it teaches only into the arm where it holds (t for ==, f for !=;
 * both for a relational test or a name of two values).
 */
static bool lkmm_select_reaches_sink(struct lkmm_addr *a, gimple *stmt,
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

/* Is C within one of the bounds of NAME's type: then NAME < C and its
 * kin leave a single value in one leg. */
static bool lkmm_near_bound(tree name, tree c)
{
	tree type = TREE_TYPE(name);
	unsigned prec;
	signop sgn;
	wide_int v, lo, hi, one;

	if (TREE_CODE(c) != INTEGER_CST ||
	    !(INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type)))
		return false;
	prec = TYPE_PRECISION(type);
	sgn = TYPE_SIGN(type);
	if (!prec || prec != TYPE_PRECISION(TREE_TYPE(c)))
		return prec == 1;
	v = wi::to_wide(c);
	lo = wi::min_value(prec, sgn);
	hi = wi::max_value(prec, sgn);
	one = wi::one(prec);
	return v == lo || v == hi || v == lo + one || v == hi - one;
}

/*
 * Could what GCC knows of the name OTHER shrink to a point: a constant
 * not yet propagated, a name tested against a constant, a range known?
 * Two names tested against each other teach a point only then, or when
 * tested twice (a <= b, a >= b).
 */
static bool lkmm_narrowable(struct lkmm_addr *a, tree other)
{
	gimple *def;
	unsigned i;

	if (TREE_CODE(other) != SSA_NAME)
		return true;
	if (!INTEGRAL_TYPE_P(TREE_TYPE(other)))
		return true;
	if (bitmap_bit_p(a->narrowed, SSA_NAME_VERSION(other)))
		return true;
	{
		int_range_max r;

		if (!LKMM_GLOBAL_RANGE(r, other) || !r.varying_p())
			return true;
	}
	if (SSA_NAME_IS_DEFAULT_DEF(other))
		return false;
	def = SSA_NAME_DEF_STMT(other);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (TREE_CODE(gimple_phi_arg_def(def, i)) == SSA_NAME)
				return false;
		return true;
	}
	return is_gimple_assign(def) && gimple_assign_single_p(def) &&
	       is_gimple_min_invariant(gimple_assign_rhs1(def));
}

/* Does the comparison teach GCC a single value of head-derived NAME? */
static bool lkmm_teaches(struct lkmm_addr *a, enum tree_code code, tree name,
			 tree other)
{
	switch (code) {
	case EQ_EXPR:
	case NE_EXPR:
		return !(POINTER_TYPE_P(TREE_TYPE(name)) && integer_zerop(other));
	case LT_EXPR:
	case LE_EXPR:
	case GT_EXPR:
	case GE_EXPR:
		if (TREE_CODE(other) == SSA_NAME && !lkmm_narrowable(a, other)) {
			unsigned *n = a->pairs.get(lkmm_pair_key(name, other));

			return n && *n > 1;
		}
		return lkmm_near_bound(name, other) ||
		       a->ranged[SSA_NAME_VERSION(name)] > 1 ||
		       TREE_CODE(other) == SSA_NAME;
	case UNEQ_EXPR:
		return true;
	default:
		return false;
	}
}

/* Hide OP before GSI; the copy, or NULL_TREE (and counted) when it can't. */
static tree lkmm_hide(gimple_stmt_iterator *gsi, tree op,
		      struct lkmm_stats *st)
{
	tree h = NULL_TREE;

	if (lkmm_hideable(op))
		h = lkmm_asm_copy(gsi, op, LKMM_ASM_HIDE, false);
	if (h)
		st->hidden++;
	else
		st->skipped++;
	return h;
}

/* Step 3 for one statement. */
static void lkmm_protect_stmt(function *fn, struct lkmm_addr *a,
			      gimple_stmt_iterator *gsi,
			      struct lkmm_stats *st)
{
	gimple *stmt = gsi_stmt(*gsi);
	enum tree_code code;
	tree op0, op1, h0 = NULL_TREE, h1 = NULL_TREE;
	bool t0, t1;

	if (gswitch *sw = dyn_cast<gswitch *>(stmt)) {
		op0 = gimple_switch_index(sw);
		if (!lkmm_in(a->feeds, op0) || gimple_switch_num_labels(sw) < 2)
			return;
		h0 = lkmm_hide(gsi, op0, st);
		if (h0) {
			gimple_switch_set_index(sw, h0);
			update_stmt(sw);
		}
		return;
	}
	if (!lkmm_comparison(stmt, &code, &op0, &op1))
		return;
	t0 = lkmm_in(a->feeds, op0) && lkmm_teaches(a, code, op0, op1);
	t1 = lkmm_in(a->feeds, op1) && lkmm_teaches(a, code, op1, op0);
	if (!t0 && !t1)
		return;
	if (gimple_code(stmt) == GIMPLE_COND &&
	    !(t0 && lkmm_cond_reaches_sink(fn, a, as_a<gcond *>(stmt), op0,
					   op1)) &&
	    !(t1 && lkmm_cond_reaches_sink(fn, a, as_a<gcond *>(stmt), op1,
					   op0)))
		return;
	if (is_gimple_assign(stmt) &&
	    gimple_assign_rhs_code(stmt) != COND_EXPR &&
	    TREE_CODE(gimple_assign_lhs(stmt)) == SSA_NAME &&
	    !(t0 && lkmm_truth_reaches_sink(fn, a, stmt, code, op0, op1)) &&
	    !(t1 && lkmm_truth_reaches_sink(fn, a, stmt, code, op1, op0)))
		return;
	if (is_gimple_assign(stmt) &&
	    gimple_assign_rhs_code(stmt) == COND_EXPR &&
	    !(t0 && lkmm_select_reaches_sink(a, stmt, code, op0, op1)) &&
	    !(t1 && lkmm_select_reaches_sink(a, stmt, code, op1, op0)))
		return;
	if (lkmm_derived(a, op0))
		h0 = lkmm_hide(gsi, op0, st);
	if (lkmm_derived(a, op1))
		h1 = lkmm_hide(gsi, op1, st);
	if (!h0 && !h1)
		return;
	if (gcond *g = dyn_cast<gcond *>(stmt)) {
		if (h0)
			gimple_cond_set_lhs(g, h0);
		if (h1)
			gimple_cond_set_rhs(g, h1);
	} else if (gimple_assign_rhs_code(stmt) != COND_EXPR) {
		if (h0)
			gimple_assign_set_rhs1(stmt, h0);
		if (h1)
			gimple_assign_set_rhs2(stmt, h1);
	} else {
		tree c = gimple_assign_rhs1(stmt);

		gimple_assign_set_rhs1(stmt,
				       build2(code, TREE_TYPE(c),
					      h0 ? h0 : op0, h1 ? h1 : op1));
	}
	update_stmt(stmt);
}

static bool lkmm_keep_hide(tree in, void *data)
{
	return lkmm_derived((struct lkmm_addr *)data, in);
}

/*
 * Undo the hides whose value turned out to head nothing: a parameter's
 * hide in a helper inlined where the argument is no head (often a
 * constant), so that the caller's optimizations see through it again.
 */
static void lkmm_unhide(function *fn, struct lkmm_addr *a)
{
	lkmm_asm_remove_hides(fn, lkmm_keep_hide, a);
}

void lkmm_protect_addr_deps(function *fn, struct lkmm_deps *deps,
			    struct lkmm_stats *st)
{
	struct lkmm_addr a;
	basic_block bb;
	bool dom;

	a.deps = deps;
	a.params = sbitmap_alloc(num_ssa_names);
	bitmap_clear(a.params);
	lkmm_find_params(fn, &a);
	lkmm_unhide(fn, &a);
	if (!lkmm_any(a.params) && deps->heads.is_empty()) {
		sbitmap_free(a.params);
		return;
	}
	a.feeds = sbitmap_alloc(num_ssa_names);
	bitmap_clear(a.feeds);
	lkmm_find_feeds(fn, &a);
	lkmm_find_relevant(fn, &a);
	lkmm_count_ranges(fn, &a);
	lkmm_find_sinks(fn, &a);
	dom = dom_info_available_p(fn, CDI_DOMINATORS);
	if (!dom)
		calculate_dominance_info(CDI_DOMINATORS);

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi))
			lkmm_protect_stmt(fn, &a, &gsi, st);
	}
	lkmm_free_sinks(fn, &a);
	sbitmap_free(a.narrowed);
	if (!dom)
		free_dominance_info(fn, CDI_DOMINATORS);
	sbitmap_free(a.feeds);
	sbitmap_free(a.params);
}

/*
 * consume=relaxed.  Where does the value of the consume head LHS, or a
 * value computed from it, go where lkmm cannot follow?  The first such
 * statement, or NULL; *WHY says what it does.  Loads through a dependent
 * address are dependent accesses, ordered after the head in hardware;
 * the values they load head dependencies of their own, as any
 * READ_ONCE() does, so the walk does not go on through them.
 */
static gimple *lkmm_consume_escape(tree lhs, const char **why)
{
	auto_vec<tree> work;
	auto_bitmap seen;

	bitmap_set_bit(seen, SSA_NAME_VERSION(lhs));
	work.safe_push(lhs);
	while (!work.is_empty()) {
		tree name = work.pop();
		imm_use_iterator it;
		gimple *use;

		FOR_EACH_IMM_USE_STMT(use, it, name) {
			tree next = NULL_TREE, op0, op1;
			enum tree_code code;
			gimple *esc = NULL;
			unsigned i;

			if (is_gimple_debug(use))
				continue;
			if (lkmm_computation_p(use)) {
				if (is_gimple_call(use) &&
				    gimple_call_arg(use, 0) != name)
					*why = "passed to a call", esc = use;
				else
					next = gimple_get_lhs(use);
			} else if (lkmm_comparison(use, &code, &op0, &op1)) {
				if (!lkmm_hideable(name))
					*why = "compared as a value lkmm cannot hide",
						esc = use;
			} else {
				switch (gimple_code(use)) {
				case GIMPLE_ASSIGN:
					/* A load, or a store: through a
					 * dependent address is fine, storing
					 * the value is not. */
					if (TREE_CODE(gimple_assign_lhs(use)) ==
					    SSA_NAME)
						break;
					for (i = 1; i < gimple_num_ops(use); i++)
						if (lkmm_mentions(gimple_op(use, i),
								  name))
							*why = "stored", esc = use;
					break;
				case GIMPLE_CALL:
					if ((lkmm_atomic_load_model(use) < 0 ||
					     gimple_call_arg(use, 0) != name) &&
					    !lkmm_atomic_store_to_p(use, name))
						*why = "passed to a call", esc = use;
					break;
				case GIMPLE_ASM:
					if (lkmm_asm_kind(use) & LKMM_ASM_HEAD)
						next = gimple_get_lhs(use);
					else if (!lkmm_asm_kind(use))
						*why = "fed to an asm", esc = use;
					break;
				case GIMPLE_RETURN:
					*why = "returned", esc = use;
					break;
				case GIMPLE_SWITCH:
					break;
				default:
					*why = "used where lkmm cannot follow";
					esc = use;
					break;
				}
			}
			if (esc)
				return esc;
			if (next && TREE_CODE(next) == SSA_NAME &&
			    bitmap_set_bit(seen, SSA_NAME_VERSION(next)))
				work.safe_push(next);
		}
	}
	return NULL;
}

void lkmm_relax_consume(function *fn, struct lkmm_deps *, struct lkmm_stats *st)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi), *esc;
			tree lhs, model;
			const char *why = "";
			unsigned HOST_WIDE_INT m;

			if (lkmm_atomic_load_model(stmt) != MEMMODEL_CONSUME ||
			    !(lkmm_head_flags(stmt) & LKMM_ADDR))
				continue;
			lhs = gimple_call_lhs(stmt);
			if (!lhs || TREE_CODE(lhs) != SSA_NAME)
				continue;
			esc = lkmm_consume_escape(lhs, &why);
			if (esc) {
				st->skipped++;
				if (lkmm_opt.verbose) {
					expanded_location x =
						expand_location(lkmm_stmt_loc(esc));

					inform(lkmm_stmt_loc(stmt),
					       "%s: consume load kept as acquire: "
					       "its value is %s at line %d",
					       lkmm_name, why, x.line);
				}
				continue;
			}
			model = gimple_call_arg(stmt, 1);
			m = tree_to_uhwi(model);
			m = (m & ~(unsigned HOST_WIDE_INT)MEMMODEL_BASE_MASK) |
			    MEMMODEL_RELAXED;
			gimple_call_set_arg(stmt, 1,
					    build_int_cst(TREE_TYPE(model), m));
			update_stmt(stmt);
			st->relaxed++;
		}
	}
}
