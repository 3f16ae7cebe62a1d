// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * flow.c - the one value-flow engine: what carries a value from one SSA
 * name to another (the step policy, with the classifier of builtins and
 * atomics), and the worklist that follows it.  flow.h says how to use it.
 */
#include "lkmm-plugin.h"
#include "internal-fn.h"

/*
 * Builtins whose result is their first argument's value, with a hint
 * (__builtin_expect, __builtin_expect_with_probability) or an assumption
 * (__builtin_assume_aligned): a dependency passes through them.
 */
bool lkmm_value_builtin_p(const gimple *stmt)
{
	return gimple_call_builtin_p(stmt, BUILT_IN_EXPECT) ||
	       gimple_call_builtin_p(stmt, BUILT_IN_EXPECT_WITH_PROBABILITY) ||
	       gimple_call_builtin_p(stmt, BUILT_IN_ASSUME_ALIGNED);
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

static tree lkmm_mentions_r(tree *tp, int *walk_subtrees, void *data)
{
	if (*tp == (tree)data)
		return *tp;
	if (TYPE_P(*tp) || DECL_P(*tp) || CONSTANT_CLASS_P(*tp))
		*walk_subtrees = 0;
	return NULL_TREE;
}

/* Does T use NAME? */
bool lkmm_mentions(tree t, tree name)
{
	return t && walk_tree_without_duplicates(&t, lkmm_mentions_r, name);
}

/* An __atomic store whose only use of NAME is as its address. */
bool lkmm_atomic_store_to_p(const gimple *stmt, tree name)
{
	unsigned i;

	if (!gimple_call_builtin_p(stmt, BUILT_IN_NORMAL))
		return false;
	switch (DECL_FUNCTION_CODE(gimple_call_fndecl(stmt))) {
	case BUILT_IN_ATOMIC_STORE_1:
	case BUILT_IN_ATOMIC_STORE_2:
	case BUILT_IN_ATOMIC_STORE_4:
	case BUILT_IN_ATOMIC_STORE_8:
	case BUILT_IN_ATOMIC_STORE_16:
		break;
	default:
		return false;
	}
	for (i = 1; i < gimple_call_num_args(stmt); i++)
		if (lkmm_mentions(gimple_call_arg(stmt, i), name))
			return false;
	return true;
}

/* An atomic builtin or internal function that writes memory: the
 * __atomic_* and __sync_* families but their loads, fences and queries. */
bool lkmm_atomic_writes_p(const gimple *stmt)
{
	tree fndecl;
	const char *name;

	if (gimple_call_internal_p(stmt))
		return !strncmp(internal_fn_name(gimple_call_internal_fn(stmt)),
				"ATOMIC_", 7);
	if (!gimple_call_builtin_p(stmt, BUILT_IN_NORMAL))
		return false;
	fndecl = gimple_call_fndecl(stmt);
	name = IDENTIFIER_POINTER(DECL_NAME(fndecl));
	if (strncmp(name, "__atomic_", 9) && strncmp(name, "__sync_", 7))
		return false;
	return !strstr(name, "_load") && !strstr(name, "fence") &&
	       !strstr(name, "lock_free") && !strstr(name, "synchronize") &&
	       !strstr(name, "feraiseexcept");
}

/*
 * Do A and B compute the same value: equal trees, or SSA names computed
 * alike, without a load, from such operands.  The early GIMPLE computes
 * &meta[i] again for each use, before FRE merges the copies
 * (meta[i] = kmem_cache_zalloc(...); if (meta[i] == NULL) in
 * ext4_mb_add_groupinfo()).  DEPTH bounds the walk.
 */
static bool lkmm_same_value(tree a, tree b, int depth)
{
	gimple *da, *db;
	int i, n;

	if (a == b || (a && b && operand_equal_p(a, b, 0)))
		return true;
	if (!a || !b || !depth || TREE_CODE(a) != TREE_CODE(b) ||
	    DECL_P(a) || CONSTANT_CLASS_P(a) || !TREE_TYPE(a) ||
	    !TREE_TYPE(b) || !types_compatible_p(TREE_TYPE(a), TREE_TYPE(b)))
		return false;
	if (TREE_CODE(a) != SSA_NAME) {
		if (!EXPR_P(a) && !REFERENCE_CLASS_P(a))
			return false;
		n = TREE_OPERAND_LENGTH(a);
		for (i = 0; i < n; i++)
			if (!lkmm_same_value(TREE_OPERAND(a, i),
					     TREE_OPERAND(b, i), depth - 1))
				return false;
		return true;
	}
	da = SSA_NAME_DEF_STMT(a);
	db = SSA_NAME_DEF_STMT(b);
	if (!is_gimple_assign(da) || !is_gimple_assign(db) ||
	    gimple_vuse(da) || gimple_vuse(db) ||
	    gimple_assign_rhs_code(da) != gimple_assign_rhs_code(db) ||
	    gimple_num_ops(da) != gimple_num_ops(db))
		return false;
	for (i = 1; i < (int)gimple_num_ops(da); i++)
		if (!lkmm_same_value(gimple_op(da, i), gimple_op(db, i),
				     depth - 1))
			return false;
	return true;
}

/*
 * Does the plain load STMT read what the function stored there last
 * (aunet->sk = netlink_kernel_create(...); aunet->sk->sk_sndtimeo = ...
 * in audit_net_init())?  GCC forwards the stored value, as it may for a
 * plain access, and the LKMM gives no dependency through a load of the
 * thread's own store: the load heads nothing.
 */
static bool lkmm_reads_own_store(const gimple *stmt)
{
	tree vuse = gimple_vuse(stmt);

	return vuse && TREE_CODE(vuse) == SSA_NAME &&
	       lkmm_own_store_p(SSA_NAME_DEF_STMT(vuse), stmt);
}

/* Is DEF a plain store to the place the plain load STMT reads? */
bool lkmm_own_store_p(const gimple *def, const gimple *stmt)
{
	if (gimple_has_volatile_ops(stmt))
		return false;
	return def && is_gimple_assign(def) && gimple_vdef(def) &&
	       !gimple_clobber_p(def) && !gimple_has_volatile_ops(def) &&
	       lkmm_same_value(gimple_assign_lhs(def),
			       gimple_assign_rhs1(stmt), 6);
}

/* The step an assignment to an SSA name is. */
static unsigned lkmm_assign_step(const gimple *stmt)
{
	if (gimple_assign_load_p(stmt))
		return lkmm_reads_own_store(stmt) ? 0 : LKMM_STEP_LOAD;
	if (TREE_CODE_CLASS(gimple_assign_rhs_code(stmt)) == tcc_comparison)
		return LKMM_STEP_COMPARE;
	return LKMM_STEP_COMPUTE;
}

/* The step STMT is (LKMM_STEP_*), 0 when it carries no value on. */
unsigned lkmm_flow_stmt_step(const gimple *stmt)
{
	tree lhs;
	const gasm *g;

	switch (gimple_code(stmt)) {
	case GIMPLE_PHI:
		return LKMM_STEP_COMPUTE;
	case GIMPLE_ASSIGN:
		if (TREE_CODE(gimple_assign_lhs(stmt)) != SSA_NAME)
			return 0;
		return lkmm_assign_step(stmt);
	case GIMPLE_CALL:
		lhs = gimple_call_lhs(stmt);
		if (!lhs || TREE_CODE(lhs) != SSA_NAME ||
		    !gimple_call_num_args(stmt))
			return 0;
		if (lkmm_value_builtin_p(stmt))
			return LKMM_STEP_COMPUTE;
		return lkmm_atomic_load_model(stmt) >= 0 ? LKMM_STEP_LOAD : 0;
	case GIMPLE_ASM:
		g = as_a<const gasm *>(stmt);
		if (lkmm_asm_kind(g) != LKMM_ASM_HIDE ||
		    !gimple_asm_ninputs(g) || !gimple_asm_noutputs(g))
			return 0;
		lhs = TREE_VALUE(gimple_asm_output_op(g, 0));
		return TREE_CODE(lhs) == SSA_NAME ? LKMM_STEP_HIDE : 0;
	default:
		return 0;
	}
}

/* The SSA name USE computes from NAME under the step policy STEPS, or
 * NULL_TREE when the value does not go on there.  A call or asm carries
 * only its first operand. */
tree lkmm_flow_next(gimple *use, tree name, unsigned steps)
{
	if (!(lkmm_flow_stmt_step(use) & steps))
		return NULL_TREE;
	switch (gimple_code(use)) {
	case GIMPLE_PHI:
		return gimple_phi_result(use);
	case GIMPLE_ASSIGN:
		return gimple_assign_lhs(use);
	case GIMPLE_CALL:
		return gimple_call_arg(use, 0) == name ? gimple_call_lhs(use) :
		       NULL_TREE;
	default:
		if (TREE_VALUE(gimple_asm_input_op(as_a<gasm *>(use), 0)) !=
		    name)
			return NULL_TREE;
		return TREE_VALUE(gimple_asm_output_op(as_a<gasm *>(use), 0));
	}
}

tree lkmm_propagates_to(gimple *use_stmt, tree op)
{
	return lkmm_flow_next(use_stmt, op, LKMM_STEP_DERIVED);
}

void lkmm_flow_init(struct lkmm_flow *f, unsigned steps, lkmm_flow_visit visit,
		    void *data)
{
	f->steps = steps;
	f->visit = visit;
	f->data = data;
	f->limit = 0;
	f->reached = 0;
	f->bits.truncate(0);
	f->done.truncate(0);
	f->work.truncate(0);
	f->bits.safe_grow_cleared(num_ssa_names);
	f->done.safe_grow_cleared(num_ssa_names);
}

/* Give NAME BITS; true when that is new (NAME is then to be visited). */
bool lkmm_flow_add(struct lkmm_flow *f, tree name, lkmm_bits bits)
{
	lkmm_bits *b;

	if (!name || TREE_CODE(name) != SSA_NAME ||
	    SSA_NAME_VERSION(name) >= f->bits.length())
		return false;
	b = &f->bits[SSA_NAME_VERSION(name)];
	if ((*b | bits) == *b)
		return false;
	f->reached += popcount_hwi(bits & ~*b);
	*b |= bits;
	f->work.safe_push(name);
	return true;
}

lkmm_bits lkmm_flow_bits_of(const struct lkmm_flow *f, tree name)
{
	if (!name || TREE_CODE(name) != SSA_NAME ||
	    SSA_NAME_VERSION(name) >= f->bits.length())
		return 0;
	return f->bits[SSA_NAME_VERSION(name)];
}

/* Visit USE of NAME, NEXT its step; false to stop. */
static bool lkmm_flow_step(struct lkmm_flow *f, tree name, gimple *use,
			   tree next, lkmm_bits bits, lkmm_bits fresh)
{
	enum lkmm_flow_act act = LKMM_FLOW_CARRY;

	if (f->visit)
		act = f->visit(f, name, use, next, bits, fresh);
	if (act == LKMM_FLOW_STOP)
		return false;
	if (act == LKMM_FLOW_CARRY && next)
		lkmm_flow_add(f, next, bits);
	return !f->limit || f->reached <= f->limit;
}

/* The next name with bits not visited yet, and its bits. */
static tree lkmm_flow_pop(struct lkmm_flow *f, lkmm_bits *bits,
			  lkmm_bits *fresh)
{
	while (!f->work.is_empty()) {
		tree name = f->work.pop();
		unsigned v = SSA_NAME_VERSION(name);

		*bits = f->bits[v];
		*fresh = *bits & ~f->done[v];
		if (!*fresh)
			continue;
		f->done[v] = *bits;
		return name;
	}
	return NULL_TREE;
}

/* Follow the uses from the names added; false when the visitor stopped
 * the walk or it reached more than the limit. */
bool lkmm_flow_run(struct lkmm_flow *f)
{
	lkmm_bits bits, fresh;
	tree name;

	if (f->limit && f->reached > f->limit)
		return false;
	while ((name = lkmm_flow_pop(f, &bits, &fresh))) {
		imm_use_iterator it;
		gimple *use;

		FOR_EACH_IMM_USE_STMT(use, it, name) {
			tree next = lkmm_flow_next(use, name, f->steps);

			if (!lkmm_flow_step(f, name, use, next, bits, fresh))
				return false;
		}
	}
	return true;
}

static tree lkmm_flow_back_r(tree *tp, int *walk_subtrees, void *data)
{
	void **a = (void **)data;
	struct lkmm_flow *f = (struct lkmm_flow *)a[0];

	if (TREE_CODE(*tp) == SSA_NAME) {
		if (!lkmm_flow_step(f, (tree)a[1], (gimple *)a[2], *tp,
				    *(lkmm_bits *)a[3], *(lkmm_bits *)a[4]))
			return *tp;
	} else if (TYPE_P(*tp) || DECL_P(*tp) || CONSTANT_CLASS_P(*tp)) {
		*walk_subtrees = 0;
	}
	return NULL_TREE;
}

/* Visit the operands DEF computed NAME from, under the step policy. */
static bool lkmm_flow_back_def(struct lkmm_flow *f, tree name, gimple *def,
			       lkmm_bits bits, lkmm_bits fresh)
{
	void *a[5] = { f, name, def, &bits, &fresh };
	unsigned i;

	switch (gimple_code(def)) {
	case GIMPLE_PHI:
		if (!(f->steps & LKMM_STEP_COMPUTE))
			return true;
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (!lkmm_flow_step(f, name, def,
					    gimple_phi_arg_def(def, i), bits,
					    fresh))
				return false;
		return true;
	case GIMPLE_CALL:
		if (!(lkmm_flow_stmt_step(def) & f->steps))
			return true;
		return lkmm_flow_step(f, name, def, gimple_call_arg(def, 0),
				      bits, fresh);
	case GIMPLE_ASM:
		if (!(lkmm_flow_stmt_step(def) & f->steps))
			return true;
		return lkmm_flow_step(f, name, def,
				      TREE_VALUE(gimple_asm_input_op(
					      as_a<gasm *>(def), 0)),
				      bits, fresh);
	case GIMPLE_ASSIGN:
		if (!(lkmm_flow_stmt_step(def) & f->steps))
			return true;
		for (i = 1; i < gimple_num_ops(def); i++) {
			tree op = gimple_op(def, i);

			if (op && walk_tree_without_duplicates(&op,
					lkmm_flow_back_r, a))
				return false;
		}
		return true;
	default:
		return true;
	}
}

/* Follow the definitions back from the names added, as lkmm_flow_run. */
bool lkmm_flow_run_back(struct lkmm_flow *f)
{
	lkmm_bits bits, fresh;
	tree name;

	if (f->limit && f->reached > f->limit)
		return false;
	while ((name = lkmm_flow_pop(f, &bits, &fresh)))
		if (!SSA_NAME_IS_DEFAULT_DEF(name) &&
		    !lkmm_flow_back_def(f, name, SSA_NAME_DEF_STMT(name), bits,
					fresh))
			return false;
	return true;
}
