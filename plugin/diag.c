// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * diag.c - the lkmm-* warnings decided on GIMPLE.
 *
 * lkmm_diagnose() runs on GIMPLE right after early inlining, on the early
 * run's analysis (heads.c: marked locals head as written, on every
 * target, so the same source warns the same everywhere; nothing here
 * depends on what the protecting passes do):
 *
 *   - for each branch on a head-derived value, the legs are the blocks
 *     reached from each successor before the branch's immediate
 *     post-dominator; legs with loads but no memory write at all (no
 *     store, call or asm with a memory clobber) draw lkmm-load-only-ctrl
 *     when a loaded value leaves the legs (flag, then data), and
 *     lkmm-load-only-cond when the loads only test more of the condition
 *     (READ_ONCE(a) && READ_ONCE(b), or a loop's leg loading the head its
 *     next turn tests); READ_ONCE() of a local no other CPU can reach is
 *     no load there, nor a head;
 *   - a branch on a marked head that goes one way whatever the head
 *     loaded draws lkmm-constant-condition.
 *
 * Marked heads always get them; unmarked idioms only with warn=all, and
 * lkmm-load-only-cond only with warn=pedantic.
 * What the RTL must still order is recorded by expect.c, not here.
 */
#include "lkmm-plugin.h"
#include "gimple-walk.h"

/*
 * READ_ONCE() of a local variable (list_entry_rcu(__next, ...) in
 * list_next_or_null_rcu(): the macro's own local) takes its address only
 * for the volatile access.  While the address goes nowhere but into such
 * accesses, no other CPU can reach the variable: nothing is shared, the
 * load is no head and orders nothing.
 */

/* What lkmm_escape_r() looks for: uses of DECL's address beyond a
 * dereference, in STMT. */
struct lkmm_escape { tree decl; gimple *stmt; };

/* NAME, defined as &decl, is used only as the address of accesses. */
static bool lkmm_addr_only_deref_p(tree name);

static tree lkmm_escape_r(tree *tp, int *walk_subtrees, void *data)
{
	struct walk_stmt_info *wi = (struct walk_stmt_info *)data;
	struct lkmm_escape *e = (struct lkmm_escape *)wi->info;
	tree t = *tp;

	if (TREE_CODE(t) == MEM_REF &&
	    TREE_CODE(TREE_OPERAND(t, 0)) == ADDR_EXPR) {
		*walk_subtrees = 0;	/* a dereference of &decl */
		return NULL_TREE;
	}
	if (TREE_CODE(t) != ADDR_EXPR)
		return NULL_TREE;
	*walk_subtrees = 0;
	if (get_base_address(TREE_OPERAND(t, 0)) != e->decl)
		return NULL_TREE;
	/* name = &decl, the name only dereferenced: READ_ONCE(decl). */
	if (gimple_assign_single_p(e->stmt) &&
	    gimple_assign_rhs1(e->stmt) == t &&
	    TREE_CODE(gimple_assign_lhs(e->stmt)) == SSA_NAME &&
	    lkmm_addr_only_deref_p(gimple_assign_lhs(e->stmt)))
		return NULL_TREE;
	return t;
}

/* In a use of NAME: NAME other than as the address of a MEM_REF. */
static tree lkmm_bare_use_r(tree *tp, int *walk_subtrees, void *data)
{
	struct walk_stmt_info *wi = (struct walk_stmt_info *)data;
	tree name = (tree)wi->info;

	if (TREE_CODE(*tp) == MEM_REF && TREE_OPERAND(*tp, 0) == name) {
		*walk_subtrees = 0;
		return NULL_TREE;
	}
	return *tp == name ? *tp : NULL_TREE;
}

static bool lkmm_addr_only_deref_p(tree name)
{
	imm_use_iterator it;
	use_operand_p use;

	FOR_EACH_IMM_USE_FAST(use, it, name) {
		gimple *u = USE_STMT(use);
		struct walk_stmt_info wi;

		if (is_gimple_debug(u))
			continue;
		if (!is_gimple_assign(u))
			return false;
		memset(&wi, 0, sizeof(wi));
		wi.info = name;
		if (walk_gimple_op(u, lkmm_bare_use_r, &wi))
			return false;
	}
	return true;
}

/* DECL is a variable or parameter of the function, not static. */
static bool lkmm_local_p(tree decl)
{
	return decl && (TREE_CODE(decl) == VAR_DECL ||
			TREE_CODE(decl) == PARM_DECL) && !is_global_var(decl);
}

/* The local variable or parameter ADDR, an address, points to, or
 * NULL_TREE. */
static tree lkmm_local_at(tree addr)
{
	tree decl;

	if (TREE_CODE(addr) == SSA_NAME) {
		gimple *def = SSA_NAME_DEF_STMT(addr);

		if (!def || !gimple_assign_single_p(def))
			return NULL_TREE;
		addr = gimple_assign_rhs1(def);
	}
	if (TREE_CODE(addr) != ADDR_EXPR)
		return NULL_TREE;
	decl = get_base_address(TREE_OPERAND(addr, 0));
	return lkmm_local_p(decl) ? decl : NULL_TREE;
}

/* DECL's address goes nowhere but into accesses of DECL. */
static bool lkmm_private_p(tree decl)
{
	struct lkmm_escape e = { decl, NULL };
	basic_block bb;

	FOR_EACH_BB_FN(bb, cfun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_phis(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gphi *phi = as_a<gphi *>(gsi_stmt(gsi));
			unsigned i;

			for (i = 0; i < gimple_phi_num_args(phi); i++) {
				tree a = gimple_phi_arg_def(phi, i);

				if (TREE_CODE(a) == ADDR_EXPR &&
				    get_base_address(TREE_OPERAND(a, 0)) == decl)
					return false;
			}
		}
		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			struct walk_stmt_info wi;

			e.stmt = gsi_stmt(gsi);
			if (is_gimple_debug(e.stmt))
				continue;
			memset(&wi, 0, sizeof(wi));
			wi.info = &e;
			if (walk_gimple_op(e.stmt, lkmm_escape_r, &wi))
				return false;
		}
	}
	return true;
}

/* STMT loads a local variable no other CPU can reach. */
static bool lkmm_private_load_p(gimple *stmt)
{
	tree ref, base, decl = NULL_TREE;

	if (!stmt)
		return false;
	if (is_gimple_call(stmt)) {
		if (!gimple_call_num_args(stmt))
			return false;
		decl = lkmm_local_at(gimple_call_arg(stmt, 0));
	} else if (gimple_assign_load_p(stmt)) {
		ref = gimple_assign_rhs1(stmt);
		base = get_base_address(ref);
		if (base && DECL_P(base))
			decl = lkmm_local_p(base) ? base : NULL_TREE;
		else if (base && TREE_CODE(base) == MEM_REF)
			decl = lkmm_local_at(TREE_OPERAND(base, 0));
	}
	return decl && lkmm_private_p(decl);
}

/*
 * A load in a leg that only the branch could order: not through an
 * address computed from a head (that one is ordered already), and, for an
 * unmarked head, a READ_ONCE() or __atomic load: a plain load there says
 * nothing about what the author relies on; and not of a local no other
 * CPU can reach.
 */
static bool lkmm_unordered_load_p(gimple *stmt, const struct lkmm_deps *deps,
				  unsigned flags)
{
	tree ref;

	if (!gimple_vuse(stmt))
		return false;
	if (is_gimple_call(stmt))
		return lkmm_head_flags(stmt) &&
		       !(gimple_call_num_args(stmt) &&
			 lkmm_src_of(deps, gimple_call_arg(stmt, 0)).flags &
			 LKMM_ADDR) && !lkmm_private_load_p(stmt);
	if (!gimple_assign_load_p(stmt))
		return false;
	ref = gimple_assign_rhs1(stmt);
	if (lkmm_ref_dep(deps, ref))
		return false;
	return ((flags & LKMM_XCTRL) || gimple_has_volatile_ops(stmt)) &&
	       !lkmm_private_load_p(stmt);
}

static bool lkmm_in_legs(basic_block bb, basic_block const *legs, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		if (legs[i] == bb)
			return true;
	return false;
}

/*
 * Does VAL, loaded or computed in the legs LEGS[0..N), leave them as a
 * value (merged at the join, stored, passed on), not only as a truth (a
 * branch in the legs, a comparison, a _Bool)?  A leg
 * that loads a value the head's test seems to announce is the reader of
 * message passing without its smp_rmb(); a leg that only tests more, as
 * in "READ_ONCE(a) && READ_ONCE(b)", is C's lazy evaluation of one
 * condition.  BUDGET bounds the values walked; past it, say value.
 */
static bool lkmm_value_leaves_p(tree val, basic_block const *legs, unsigned n,
				unsigned *budget)
{
	imm_use_iterator it;
	use_operand_p use;

	if (TREE_CODE(val) != SSA_NAME || !*budget)
		return true;
	--*budget;
	FOR_EACH_IMM_USE_FAST(use, it, val) {
		gimple *u = USE_STMT(use);
		tree lhs;

		if (is_gimple_debug(u) || gimple_code(u) == GIMPLE_COND ||
		    gimple_code(u) == GIMPLE_SWITCH)
			continue;
		/* A load through VAL goes on with the value it loads
		 * (*READ_ONCE(p) tested only is a test). */
		if (gimple_code(u) == GIMPLE_PHI ||
		    !lkmm_in_legs(gimple_bb(u), legs, n) ||
		    (!is_gimple_assign(u) && !is_gimple_call(u)) ||
		    gimple_vdef(u))
			return true;
		lhs = gimple_get_lhs(u);
		if (!lhs)
			continue;
		if (TREE_CODE(lhs) != SSA_NAME)
			return true;
		if (TREE_CODE(TREE_TYPE(lhs)) == BOOLEAN_TYPE ||
		    (is_gimple_assign(u) &&
		     TREE_CODE_CLASS(gimple_assign_rhs_code(u)) ==
		     tcc_comparison))
			continue;
		if (lkmm_value_leaves_p(lhs, legs, n, budget))
			return true;
	}
	return false;
}

/* The loaded value of the load STMT leaves the legs LEGS[0..N). */
static bool lkmm_loads_value_p(gimple *stmt, basic_block const *legs,
			       unsigned n)
{
	tree lhs = gimple_get_lhs(stmt);
	unsigned budget = 16;

	return lhs && lkmm_value_leaves_p(lhs, legs, n, &budget);
}

/* What the legs of a branch on a head do: write (or call), only load, or
 * only load to test more of a condition. */
enum lkmm_legs_kind { LKMM_LEGS_WRITE, LKMM_LEGS_LOAD, LKMM_LEGS_TEST };

/*
 * A loop whose legs load the head of its own next turn
 * (for (...; (si = READ_ONCE(swap_info[type])); type++) in swap_next()):
 * the loaded value comes back, through the loop's phi, to the test of
 * COND, which then is that turn's control dependency.  Such a load only
 * tests more of the condition.  Its value reaches COND when the backward
 * walk from COND's operands (through computations, comparisons and the
 * addresses of loads) reaches it; F holds that walk, run at the first
 * call (F->steps is 0 until then).  Past the walk's limit, say no.
 */
static bool lkmm_next_turn_head_p(gcond *cond, gimple *stmt,
				  struct lkmm_flow *f)
{
	tree lhs = gimple_get_lhs(stmt);

	if (!f->steps) {
		lkmm_flow_init(f, LKMM_STEP_DERIVED, NULL, NULL);
		f->limit = LKMM_NEXT_TURN_WALK;
		lkmm_flow_add(f, gimple_cond_lhs(cond), 1);
		lkmm_flow_add(f, gimple_cond_rhs(cond), 1);
		if (!lkmm_flow_run_back(f))
			f->bits.truncate(0);	/* bits_of() then says 0 */
	}
	return lhs && lkmm_flow_bits_of(f, lhs);
}

/* What the legs LEGS[0..N) of the branch COND on a head with FLAGS do. */
static enum lkmm_legs_kind lkmm_legs_kind(const struct lkmm_deps *deps,
					  unsigned flags, gcond *cond,
					  basic_block const *legs, unsigned n)
{
	bool writes = false, loads = false, values = false;
	struct lkmm_flow turn;
	unsigned i;

	turn.steps = 0;

	for (i = 0; i < n; i++) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(legs[i]); !gsi_end_p(gsi);
		     gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (gimple_vdef(stmt) ||
			    (is_gimple_call(stmt) &&
			     !lkmm_value_builtin_p(stmt)) ||
			    gimple_code(stmt) == GIMPLE_ASM)
				writes = true;
			else if (lkmm_unordered_load_p(stmt, deps, flags)) {
				loads = true;
				values = values ||
					 (lkmm_loads_value_p(stmt, legs, n) &&
					  !lkmm_next_turn_head_p(cond, stmt,
								 &turn));
			}
		}
	}
	if (writes || !loads)
		return LKMM_LEGS_WRITE;
	return values ? LKMM_LEGS_LOAD : LKMM_LEGS_TEST;
}

/* Warn that the legs of B only load (KIND, lkmm_legs_kind()). */
static bool lkmm_warn_load_only(const struct lkmm_branch *b,
				enum lkmm_legs_kind kind)
{
	bool value = kind == LKMM_LEGS_LOAD;

	return lkmm_warning(value ? LKMM_W_LOAD_ONLY : LKMM_W_LOAD_ONLY_COND,
			    lkmm_stmt_loc(b->cond), lkmm_head_loc(b->src.head),
			    NULL,
			    value ? G_("this control dependency orders no "
				       "store: its legs only load, and a "
				       "branch does not order later loads; "
				       "use %<smp_rmb()%> or "
				       "%<smp_load_acquire()%>")
				  : G_("this control dependency orders no "
				       "store: its legs only load to test "
				       "more of the condition, and a branch "
				       "does not order later loads; use "
				       "%<smp_rmb()%> or %<smp_load_acquire()%> "
				       "if that order matters"));
}

/* Control dependencies: constant conditions, load-only legs. */
static void lkmm_check_branch(const struct lkmm_deps *deps,
			      const struct lkmm_branches *br,
			      const struct lkmm_branch *b, struct lkmm_stats *st)
{
	const struct lkmm_src &s = b->src;
	enum lkmm_legs_kind kind;

	/* A branch that goes one way whatever the head loaded (GCC's
	 * value-range passes fold it): no control dependency.  Said for
	 * marked heads only: under warn=all the unmarked ones are min() and
	 * the like, in macros and helpers (18 in arm64 kernel/ + mm/), where
	 * no one meant a dependency. */
	if (b->value >= 0) {
		if ((s.flags & LKMM_XCTRL) &&
		    lkmm_warning(LKMM_W_CONST_COND, lkmm_stmt_loc(b->cond),
				 lkmm_head_loc(s.head),
				 G_("the head is loaded here"),
				 b->value ? G_("this condition is always true "
					       "for the values the head can "
					       "take: no branch can order the "
					       "stores that follow")
					  : G_("this condition is always false "
					       "for the values the head can "
					       "take: no branch can order the "
					       "stores that follow")))
			st->warnings++;
		return;
	}
	if ((!(s.flags & LKMM_XCTRL) && !lkmm_opt.warn_all) || b->many)
		return;
	/* A head no other CPU can write (READ_ONCE() of a local) announces
	 * nothing. */
	if (lkmm_private_load_p(s.head))
		return;
	kind = lkmm_legs_kind(deps, s.flags, b->cond,
			      br->legs.address() + b->first, b->nlegs);
	/* Unmarked, legs that only test more (C's && and ||, in helpers
	 * and macros: 303 of arm64's 387 in kernel/ + mm/) need warn=pedantic;
	 * legs that load a value, warn=all.  Marked heads draw both. */
	if (kind == LKMM_LEGS_WRITE ||
	    (kind == LKMM_LEGS_TEST && !(s.flags & LKMM_XCTRL) &&
	     !lkmm_opt.warn_pedantic))
		return;
	if (lkmm_warn_load_only(b, kind))
		st->warnings++;
}

/* The GIMPLE checks of FN, on its branches on a head (deps.c). */
void lkmm_diagnose(function *fn, struct lkmm_deps *deps,
		   const struct lkmm_branches *br, struct lkmm_stats *st)
{
	unsigned i;

	if (!fn || !fn->cfg || !deps)
		return;
	for (i = 0; i < br->b.length(); i++)
		lkmm_check_branch(deps, br, &br->b[i], st);
}
