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
 * Algorithm.  lkmm_find_deps() seeds the value-flow engine (flow.c) with
 * the SSA names heads define and follows every step that derives a value
 * (LKMM_STEP_DERIVED): assignments to an SSA name (casts, pointer
 * arithmetic, field and array addresses, integer arithmetic,
 * comparisons), PHIs (so loops and joins are covered), __builtin_expect
 * and its kin, and loads and atomic loads whose address is head-derived:
 * a load through a dependent address heads the dependencies that follow
 * it, so list and tree walks are covered to the end.  A value passed to a
 * call, stored to memory or fed to an asm leaves the function there: the
 * dependency is kept up to that point.  Each name is visited once per new
 * flag, so the walk is linear in the number of SSA uses.
 *
 * Marked local variables disappear early (copy propagation forgets which
 * SSA name came from which variable), and marked functions disappear into
 * their callers when inlined.  So, in the early pass, lkmm_find_deps()
 * first takes the values of marked locals as heads where they are, for
 * the diagnostics, on every target; then, where dependencies are kept,
 * lkmm_mark_explicit_heads() turns each such value into an opaque head
 * copy (asm.c) that every later pass, inlining and LTO carry along.
 */
#include "lkmm-plugin.h"
#include "cgraph.h"
#include "tree-dfa.h"

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
	tree lhs;
	unsigned kind;

	switch (gimple_code(stmt)) {
	case GIMPLE_ASM:
		kind = lkmm_asm_kind(stmt);
		return kind & LKMM_ASM_HEAD ? kind & 0xf : 0;
	case GIMPLE_ASSIGN:
		lhs = gimple_assign_lhs(stmt);
		break;
	case GIMPLE_CALL:
		lhs = gimple_call_lhs(stmt);
		break;
	default:
		return 0;	/* only a load or a call defines a head */
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

/*
 * The marks of a marked local's SSA name that heads dependencies: one it
 * is assigned (not a PHI of such names, not a constant, which heads
 * nothing and diag.c reports, not our own copy), else 0.
 */
static unsigned lkmm_marked_local(tree name)
{
	tree var = SSA_NAME_VAR(name);
	gimple *def;
	unsigned marks;

	if (!var || TREE_CODE(var) != VAR_DECL || SSA_NAME_IS_DEFAULT_DEF(name))
		return 0;
	marks = lkmm_decl_marks(var);
	if (!marks)
		return 0;
	def = SSA_NAME_DEF_STMT(name);
	if (gimple_code(def) == GIMPLE_PHI || lkmm_asm_kind(def) ||
	    stmt_ends_bb_p(def) ||
	    (gimple_assign_single_p(def) &&
	     is_gimple_min_invariant(gimple_assign_rhs1(def))))
		return 0;
	return marks;
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

/* A value computed from a head is computed from the head its operand
 * came from first. */
static enum lkmm_flow_act lkmm_deps_visit(struct lkmm_flow *f, tree name,
					  gimple *, tree next, lkmm_bits,
					  lkmm_bits)
{
	struct lkmm_deps *deps = (struct lkmm_deps *)f->data;
	struct lkmm_val *v;

	if (next && SSA_NAME_VERSION(next) < deps->val.length()) {
		v = &deps->val[SSA_NAME_VERSION(next)];
		if (!v->head)
			v->head = deps->val[SSA_NAME_VERSION(name)].head;
	}
	return LKMM_FLOW_CARRY;
}

static void lkmm_seed(struct lkmm_deps *deps, struct lkmm_flow *f, tree name,
		      gimple *head, unsigned flags)
{
	/* Most functions have no head: the walk's memory only for those
	 * that do. */
	if (f->bits.is_empty())
		lkmm_flow_init(f, LKMM_STEP_DERIVED, lkmm_deps_visit, deps);
	if (!deps->val[SSA_NAME_VERSION(name)].head &&
	    (lkmm_flow_bits_of(f, name) | flags) != lkmm_flow_bits_of(f, name))
		deps->val[SSA_NAME_VERSION(name)].head = head;
	lkmm_flow_add(f, name, flags);
}

void lkmm_find_deps(function *fn, struct lkmm_deps *deps, bool marked_locals)
{
	struct lkmm_flow flow;
	basic_block bb;
	unsigned i;
	tree name;

	deps->val.truncate(0);
	deps->heads.truncate(0);
	deps->marked = 0;
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
			lkmm_seed(deps, &flow, lhs, stmt, f);
		}
	}
	/* Marked locals that are not head copies yet: the values assigned
	 * to them head, exactly as the copies would. */
	if (marked_locals && lkmm_any_marks())
		FOR_EACH_SSA_NAME(i, name, fn) {
			unsigned m = lkmm_marked_local(name);

			if (!m)
				continue;
			deps->heads.safe_push(SSA_NAME_DEF_STMT(name));
			deps->marked++;
			lkmm_seed(deps, &flow, name, SSA_NAME_DEF_STMT(name),
				  m | m << 2);
		}
	if (flow.bits.is_empty())
		return;
	lkmm_flow_run(&flow);
	for (i = 0; i < deps->val.length(); i++)
		deps->val[i].flags = flow.bits[i];
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
		gimple_stmt_iterator gsi;

		marks = lkmm_marked_local(name);
		if (!marks)
			continue;
		gsi = gsi_for_stmt(SSA_NAME_DEF_STMT(name));
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

/*
 * Parameters that may receive a head.
 *
 * A static or inline helper may be inlined into a caller that passes it a
 * head only at IPA time, after its own early optimizations have learned
 * from its comparisons, so addr-hide.c treats such a helper's parameters
 * as heads.  Most helpers never receive one, and hiding their comparisons
 * costs code for nothing.  So, once every function of the unit is in SSA
 * form and none is optimized yet (this scan runs right after "ssa"), each
 * function records which arguments of its direct calls carry a head, or a
 * value computed from one of its own parameters (an edge: that parameter
 * flows on).  lkmm_param_may_head() then closes the edges over the unit.
 *
 * It stays conservative (every parameter may head) where the unit cannot
 * see every caller: functions never scanned (IPA clones), public
 * inline functions (other units may inline their own copy), functions
 * whose address is taken when an indirect call may become direct and be
 * inlined (the unit has an indirect call, or its IR goes on to LTO), and
 * functions with a caller that was never scanned.  An address-taken
 * function that no call can inline is compiled on its own, like a public
 * one, and its callers through the pointer are as unknown.
 *
 * Bits of a mask: parameter i is bit i (the last bit stands for all from
 * LKMM_PARM_LAST on); LKMM_PARM_HEAD, in the scan, means "from a head".
 */

#define LKMM_PARM_LAST	62
#define LKMM_PARM_HEAD	(HOST_WIDE_INT_1U << 63)

typedef unsigned HOST_WIDE_INT lkmm_parm_mask;
typedef int_hash<int, -1, -2> lkmm_uid_hash;

struct lkmm_parm_edge {
	int from, to;			/* DECL_UIDs */
	unsigned from_arg, to_arg;
};

static hash_map<lkmm_uid_hash, lkmm_parm_mask> *lkmm_parm_masks;
static hash_set<lkmm_uid_hash> *lkmm_parm_scanned;
static vec<lkmm_parm_edge> lkmm_parm_edges;
static bool lkmm_parm_resolved;
static bool lkmm_parm_indirect;		/* some scanned function calls through a pointer */

static lkmm_parm_mask lkmm_parm_bit(unsigned argno)
{
	return HOST_WIDE_INT_1U << MIN(argno, LKMM_PARM_LAST);
}

void lkmm_scan_param_heads(function *fn)
{
	struct lkmm_flow m;
	auto_vec<gcall *> calls;
	basic_block bb;
	unsigned i, k;
	tree parm, name;

	if (!lkmm_parm_masks) {
		lkmm_parm_masks = new hash_map<lkmm_uid_hash, lkmm_parm_mask>;
		lkmm_parm_scanned = new hash_set<lkmm_uid_hash>;
	}
	lkmm_parm_scanned->add(DECL_UID(fn->decl));
	lkmm_parm_resolved = false;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gcall *call = dyn_cast<gcall *>(gsi_stmt(gsi));

			if (!call || gimple_call_internal_p(call))
				continue;
			if (!gimple_call_fndecl(call))
				lkmm_parm_indirect = true;
			else if (!gimple_call_builtin_p(call) &&
				 gimple_call_num_args(call))
				calls.safe_push(call);
		}
	}
	if (calls.is_empty())
		return;

	/* Seeds: the parameters, heads, and the values of marked locals
	 * (lkmm_mark_explicit_heads() has not made them head copies yet). */
	lkmm_flow_init(&m, LKMM_STEP_DERIVED, NULL, NULL);
	for (parm = DECL_ARGUMENTS(fn->decl), k = 0; parm;
	     parm = DECL_CHAIN(parm), k++)
		lkmm_flow_add(&m, ssa_default_def(fn, parm), lkmm_parm_bit(k));
	FOR_EACH_SSA_NAME(i, name, fn) {
		tree var = SSA_NAME_VAR(name);

		if ((var && TREE_CODE(var) == VAR_DECL &&
		     (lkmm_decl_marks(var) & LKMM_ADDR)) ||
		    (!SSA_NAME_IS_DEFAULT_DEF(name) &&
		     (lkmm_head_flags(SSA_NAME_DEF_STMT(name)) & LKMM_ADDR)))
			lkmm_flow_add(&m, name, LKMM_PARM_HEAD);
	}
	lkmm_flow_run(&m);

	for (i = 0; i < calls.length(); i++) {
		int to = DECL_UID(gimple_call_fndecl(calls[i]));

		for (k = 0; k < gimple_call_num_args(calls[i]); k++) {
			lkmm_parm_mask bits = lkmm_flow_bits_of(&m,
						gimple_call_arg(calls[i], k));
			unsigned from;

			if (bits & LKMM_PARM_HEAD)
				lkmm_parm_masks->get_or_insert(to) |=
					lkmm_parm_bit(k);
			for (from = 0; from <= LKMM_PARM_LAST; from++) {
				struct lkmm_parm_edge e;

				if (!(bits & lkmm_parm_bit(from)))
					continue;
				e.from = DECL_UID(fn->decl);
				e.to = to;
				e.from_arg = from;
				e.to_arg = k;
				lkmm_parm_edges.safe_push(e);
			}
		}
	}
}

/* Can this unit not see every call of NODE's function? */
static bool lkmm_parm_unknown(cgraph_node *node)
{
	cgraph_edge *e;

	if (!lkmm_parm_scanned ||
	    !lkmm_parm_scanned->contains(DECL_UID(node->decl)) ||
	    (TREE_PUBLIC(node->decl) && DECL_DECLARED_INLINE_P(node->decl)) ||
	    (node->address_taken &&
	     (lkmm_parm_indirect || flag_generate_lto || flag_generate_offload)))
		return true;
	for (e = node->callers; e; e = e->next_caller)
		if (!lkmm_parm_scanned->contains(DECL_UID(e->caller->decl)))
			return true;
	return false;
}

/* Close the edges: what may reach a parameter flows on to its callees. */
static void lkmm_parm_resolve(void)
{
	cgraph_node *node;
	bool changed = true;
	unsigned i;

	FOR_EACH_FUNCTION(node)
		if (lkmm_parm_unknown(node))
			lkmm_parm_masks->put(DECL_UID(node->decl),
					     ~(lkmm_parm_mask)0);
	while (changed) {
		changed = false;
		for (i = 0; i < lkmm_parm_edges.length(); i++) {
			const struct lkmm_parm_edge &e = lkmm_parm_edges[i];
			lkmm_parm_mask *from = lkmm_parm_masks->get(e.from);
			lkmm_parm_mask *to;

			if (!from || !(*from & lkmm_parm_bit(e.from_arg)))
				continue;
			to = &lkmm_parm_masks->get_or_insert(e.to);
			if (*to & lkmm_parm_bit(e.to_arg))
				continue;
			*to |= lkmm_parm_bit(e.to_arg);
			changed = true;
		}
	}
	lkmm_parm_resolved = true;
}

/*
 * lto1 sees no call as written: it takes the answer of the compile step,
 * which names the parameters a caller of the function's own unit may pass
 * a head in an attribute that travels in the IR.  A public function's
 * callers in other units are as unknown there as without LTO (addr-hide.c
 * gives its parameters no heads), so its mask is empty.  Clones may have
 * other parameters: for them, and without the attribute, every parameter
 * may head.
 */
#define LKMM_PARM_ATTR	"lkmm params"

void lkmm_record_param_heads(function *fn)
{
	lkmm_parm_mask mask = 0;
	unsigned argno;
	tree parm;

	if (lookup_attribute(LKMM_PARM_ATTR, DECL_ATTRIBUTES(fn->decl)))
		return;
	if (!TREE_PUBLIC(fn->decl) || DECL_DECLARED_INLINE_P(fn->decl))
		for (parm = DECL_ARGUMENTS(fn->decl), argno = 0; parm;
		     parm = DECL_CHAIN(parm), argno++)
			if (lkmm_param_may_head(fn, argno))
				mask |= lkmm_parm_bit(argno);
	DECL_ATTRIBUTES(fn->decl) = tree_cons(get_identifier(LKMM_PARM_ATTR),
		build_tree_list(NULL_TREE,
				build_int_cstu(long_long_unsigned_type_node,
					       mask)),
		DECL_ATTRIBUTES(fn->decl));
}

static bool lkmm_param_may_head_lto(cgraph_node *node, unsigned argno)
{
	tree attr = lookup_attribute(LKMM_PARM_ATTR,
				     DECL_ATTRIBUTES(node->decl));

	if (!attr || node->clone_of || node->former_clone_of)
		return true;
	return tree_to_uhwi(TREE_VALUE(TREE_VALUE(attr))) &
	       lkmm_parm_bit(argno);
}

/* May parameter ARGNO of FN receive a head from a caller? */
bool lkmm_param_may_head(function *fn, unsigned argno)
{
	cgraph_node *node = cgraph_node::get(fn->decl);
	lkmm_parm_mask *mask;

	if (node && in_lto_p)
		return lkmm_param_may_head_lto(node, argno);
	if (!node || !lkmm_parm_masks || lkmm_parm_unknown(node))
		return true;
	if (!lkmm_parm_resolved)
		lkmm_parm_resolve();
	mask = lkmm_parm_masks->get(DECL_UID(fn->decl));
	return mask && (*mask & lkmm_parm_bit(argno));
}
