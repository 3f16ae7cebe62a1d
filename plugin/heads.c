// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * heads.c - finding dependency heads and the values computed from them.
 *
 * A head is a load whose value orders later accesses:
 *   - with implicit=yes (the default): every volatile load (READ_ONCE(),
 *     rcu_dereference()) and every relaxed or consume __atomic load;
 *   - always: a load of a global, static or field marked lkmm_addr_dep or
 *     lkmm_ctrl_dep, a call of a function so marked, and the values
 *     assigned to a marked local variable (ctrl_dep() is one).
 *
 * Algorithm.  lkmm_find_deps() seeds a worklist with the SSA names heads
 * define, then propagates forward along SSA uses: through every assignment
 * to an SSA name (casts, pointer arithmetic, field and array addresses,
 * integer arithmetic, comparisons), through PHIs (so loops and joins are
 * covered), through __builtin_expect, and through loads and atomic loads
 * whose address is head-derived: a load through a dependent address heads
 * the dependencies that follow it, so list and tree walks are covered to
 * the end.  A value passed to a call, stored to memory or fed to an asm
 * leaves the function there: the dependency is kept up to that point.
 * Each name is visited once per new flag, so the walk is linear in the
 * number of SSA uses.
 *
 * Marked local variables disappear early (copy propagation forgets which
 * SSA name came from which variable), and marked functions disappear into
 * their callers when inlined.  lkmm_mark_explicit_heads() therefore runs
 * first, in the early pass, and turns each such value into an opaque head
 * copy (asm.c) that every later pass, inlining and LTO carry along.
 */
#include "lkmm-plugin.h"

location_t lkmm_stmt_loc(const gimple *stmt)
{
	location_t loc = stmt ? gimple_location(stmt) : UNKNOWN_LOCATION;

	if (loc == UNKNOWN_LOCATION && current_function_decl)
		loc = DECL_SOURCE_LOCATION(current_function_decl);
	return loc;
}

/* The attribute marks of the object a load REF reads. */
static unsigned lkmm_ref_marks(tree ref)
{
	tree base;

	while (TREE_CODE(ref) == VIEW_CONVERT_EXPR ||
	       TREE_CODE(ref) == REALPART_EXPR ||
	       TREE_CODE(ref) == IMAGPART_EXPR)
		ref = TREE_OPERAND(ref, 0);
	switch (TREE_CODE(ref)) {
	case COMPONENT_REF:
		return lkmm_decl_marks(TREE_OPERAND(ref, 1));
	case VAR_DECL:
		return lkmm_decl_marks(ref);
	case MEM_REF:
		base = TREE_OPERAND(ref, 0);
		if (TREE_CODE(base) == ADDR_EXPR &&
		    TREE_CODE(TREE_OPERAND(base, 0)) == VAR_DECL &&
		    integer_zerop(TREE_OPERAND(ref, 1)))
			return lkmm_decl_marks(TREE_OPERAND(base, 0));
		return 0;
	default:
		return 0;
	}
}

/*
 * The memory model of an __atomic_load_N call, or -1 when STMT is not one.
 * A model that is not a constant is seq_cst, as GCC expands it.
 */
int lkmm_atomic_load_model(const gimple *stmt)
{
	tree model;

	if (!gimple_call_builtin_p(stmt, BUILT_IN_NORMAL))
		return -1;
	switch (DECL_FUNCTION_CODE(gimple_call_fndecl(stmt))) {
	case BUILT_IN_ATOMIC_LOAD_1:
	case BUILT_IN_ATOMIC_LOAD_2:
	case BUILT_IN_ATOMIC_LOAD_4:
	case BUILT_IN_ATOMIC_LOAD_8:
	case BUILT_IN_ATOMIC_LOAD_16:
		break;
	default:
		return -1;
	}
	if (gimple_call_num_args(stmt) != 2)
		return -1;
	model = gimple_call_arg(stmt, 1);
	if (TREE_CODE(model) != INTEGER_CST || !tree_fits_uhwi_p(model))
		return MEMMODEL_SEQ_CST;
	return memmodel_base(tree_to_uhwi(model));
}

static bool lkmm_atomic_load_p(const gimple *stmt)
{
	return lkmm_atomic_load_model(stmt) >= 0;
}

/* A relaxed or consume __atomic load: the implicit atomic heads. */
static bool lkmm_weak_atomic_load_p(const gimple *stmt)
{
	int model = lkmm_atomic_load_model(stmt);

	return model == MEMMODEL_RELAXED || model == MEMMODEL_CONSUME;
}

/* The LKMM_* flags of STMT if it is a head, else 0. */
unsigned lkmm_head_flags(const gimple *stmt)
{
	unsigned f = 0, m = 0;
	tree lhs = gimple_get_lhs(stmt);
	unsigned kind;

	if (gimple_code(stmt) == GIMPLE_ASM) {
		kind = lkmm_asm_kind(stmt);
		return kind & LKMM_ASM_HEAD ? kind & 0xf : 0;
	}
	if (!lhs || TREE_CODE(lhs) != SSA_NAME)
		return 0;
	if (gimple_assign_load_p(stmt)) {
		if (lkmm_opt.implicit && gimple_has_volatile_ops(stmt))
			f |= LKMM_ADDR | LKMM_CTRL;
		m = lkmm_ref_marks(gimple_assign_rhs1(stmt));
	} else if (is_gimple_call(stmt)) {
		if (lkmm_opt.implicit && lkmm_weak_atomic_load_p(stmt))
			f |= LKMM_ADDR | LKMM_CTRL;
		m = lkmm_decl_marks(gimple_call_fndecl(stmt));
	}
	return f | m | m << 2;
}

/* The SSA name USE_STMT computes from a head-derived operand, if any. */
static tree lkmm_propagates_to(gimple *use_stmt, tree op)
{
	tree lhs;

	switch (gimple_code(use_stmt)) {
	case GIMPLE_PHI:
		return gimple_phi_result(use_stmt);
	case GIMPLE_ASSIGN:
		/* Computations, and loads through a dependent address. */
		lhs = gimple_assign_lhs(use_stmt);
		return TREE_CODE(lhs) == SSA_NAME ? lhs : NULL_TREE;
	case GIMPLE_CALL:
		lhs = gimple_call_lhs(use_stmt);
		if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
		    !gimple_call_num_args(use_stmt) ||
		    gimple_call_arg(use_stmt, 0) != op)
			return NULL_TREE;
		if (lkmm_atomic_load_p(use_stmt) ||
		    gimple_call_builtin_p(use_stmt, BUILT_IN_EXPECT) ||
		    gimple_call_builtin_p(use_stmt, BUILT_IN_EXPECT_WITH_PROBABILITY) ||
		    gimple_call_builtin_p(use_stmt, BUILT_IN_ASSUME_ALIGNED))
			return lhs;
		return NULL_TREE;
	default:
		return NULL_TREE;
	}
}

/* The SSA name a head defines (an asm head copy's output included). */
static tree lkmm_head_lhs(gimple *stmt)
{
	gasm *g = dyn_cast<gasm *>(stmt);

	if (g)
		return gimple_asm_noutputs(g) ?
		       TREE_VALUE(gimple_asm_output_op(g, 0)) : NULL_TREE;
	return gimple_get_lhs(stmt);
}

static void lkmm_add(struct lkmm_deps *deps, auto_vec<tree> *work, tree name,
		     gimple *head, unsigned flags)
{
	struct lkmm_val *v = &deps->val[SSA_NAME_VERSION(name)];

	if ((v->flags | flags) == v->flags)
		return;
	if (!v->head)
		v->head = head;
	v->flags |= flags;
	work->safe_push(name);
}

void lkmm_find_deps(function *fn, struct lkmm_deps *deps)
{
	auto_vec<tree> work;
	basic_block bb;

	deps->val.truncate(0);
	deps->heads.truncate(0);
	deps->val.safe_grow_cleared(num_ssa_names);

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			unsigned f = lkmm_head_flags(stmt);
			tree lhs;

			if (!f)
				continue;
			lhs = lkmm_head_lhs(stmt);
			if (!lhs || TREE_CODE(lhs) != SSA_NAME)
				continue;
			deps->heads.safe_push(stmt);
			lkmm_add(deps, &work, lhs, stmt, f);
		}
	}

	while (!work.is_empty()) {
		tree name = work.pop();
		struct lkmm_val v = deps->val[SSA_NAME_VERSION(name)];
		imm_use_iterator it;
		gimple *use_stmt;

		FOR_EACH_IMM_USE_STMT(use_stmt, it, name) {
			tree lhs = lkmm_propagates_to(use_stmt, name);

			if (lhs)
				lkmm_add(deps, &work, lhs, v.head, v.flags);
		}
	}
}

unsigned lkmm_flags(const struct lkmm_deps *deps, tree op)
{
	if (!op || TREE_CODE(op) != SSA_NAME ||
	    SSA_NAME_VERSION(op) >= deps->val.length())
		return 0;
	return deps->val[SSA_NAME_VERSION(op)].flags;
}

gimple *lkmm_head(const struct lkmm_deps *deps, tree op)
{
	if (!lkmm_flags(deps, op))
		return NULL;
	return deps->val[SSA_NAME_VERSION(op)].head;
}

/* Replace every use of NAME by H, but in H's own definition. */
static void lkmm_replace_uses(tree name, tree h)
{
	gimple *def = SSA_NAME_DEF_STMT(h);
	imm_use_iterator it;
	use_operand_p use_p;
	gimple *use_stmt;

	FOR_EACH_IMM_USE_STMT(use_stmt, it, name) {
		if (use_stmt == def)
			continue;
		FOR_EACH_IMM_USE_ON_STMT(use_p, it)
			SET_USE(use_p, h);
		update_stmt(use_stmt);
	}
}

/* A value a marked local variable or function hands on: a head copy. */
static bool lkmm_make_head(gimple_stmt_iterator *gsi, tree val, unsigned marks,
			   bool after, tree *copy)
{
	*copy = lkmm_asm_copy(gsi, val, LKMM_ASM_HEAD | marks | marks << 2,
			      after);
	return *copy != NULL_TREE;
}

/*
 * Turn the values assigned to marked local variables, and returned by a
 * marked function, into head copies.  A constant assigned or returned is
 * left alone: it heads nothing, and diag.c says so.  Returns how many
 * head copies were made.
 */
unsigned lkmm_mark_explicit_heads(function *fn)
{
	unsigned i, n = 0, marks;
	tree name, h;
	basic_block bb;

	FOR_EACH_SSA_NAME(i, name, fn) {
		gimple *def;
		gimple_stmt_iterator gsi;
		tree var = SSA_NAME_VAR(name);

		if (!var || TREE_CODE(var) != VAR_DECL ||
		    SSA_NAME_IS_DEFAULT_DEF(name))
			continue;
		marks = lkmm_decl_marks(var);
		if (!marks)
			continue;
		def = SSA_NAME_DEF_STMT(name);
		if (gimple_code(def) == GIMPLE_PHI || lkmm_asm_kind(def) ||
		    stmt_ends_bb_p(def) ||
		    (gimple_assign_single_p(def) &&
		     is_gimple_min_invariant(gimple_assign_rhs1(def))))
			continue;
		gsi = gsi_for_stmt(def);
		if (lkmm_make_head(&gsi, name, marks, true, &h)) {
			lkmm_replace_uses(name, h);
			n++;
		}
	}

	marks = lkmm_decl_marks(fn->decl);
	if (!marks)
		return n;
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi = gsi_last_bb(bb);
		greturn *ret;
		tree val;

		if (gsi_end_p(gsi))
			continue;
		ret = dyn_cast<greturn *>(gsi_stmt(gsi));
		if (!ret)
			continue;
		val = gimple_return_retval(ret);
		if (!val || TREE_CODE(val) != SSA_NAME ||
		    lkmm_asm_kind(SSA_NAME_DEF_STMT(val)))
			continue;
		if (lkmm_make_head(&gsi, val, marks, false, &h)) {
			gimple_return_set_retval(ret, h);
			update_stmt(ret);
			n++;
		}
	}
	return n;
}
