// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * expect.c - what the verifier (verify.c) must find ordered in the RTL.
 *
 * lkmm_record_expectations() runs as its own step of lkmm_run (passes.c),
 * on GIMPLE right after early inlining, on the same analysis as the GIMPLE
 * checks: marked locals head as written, so check mode and every target
 * expect the same.  It records, per function:
 *
 *   - the address and data dependencies of volatile accesses, and of
 *     plain scalar loads and stores (p = rcu_dereference(gp); r = p->a);
 *   - the control dependencies: each volatile store in a leg of a branch
 *     on a head whose condition can go both ways (deps.c finds the
 *     branches and their legs, once for this and diag.c);
 *
 * for heads verify.c can find at RTL (volatile and __atomic loads), and
 * that are reported (marked, or warn=all, or check mode).  Head-derived
 * names that are so only on some paths (a PHI with an argument that is
 * not derived) carry no dependency the source promises: not expected.
 *
 * The expectations are kept in expect-store.c until verify.c takes them.
 */
#include "lkmm-plugin.h"
#include "internal-fn.h"

/* A head verify.c can find at RTL: a volatile or __atomic load. */
static bool lkmm_rtl_head_p(gimple *head)
{
	const gasm *g = head ? dyn_cast<const gasm *>(head) : NULL;

	if (g && gimple_asm_ninputs(g)) {
		tree in = TREE_VALUE(gimple_asm_input_op(g, 0));

		head = TREE_CODE(in) == SSA_NAME ? SSA_NAME_DEF_STMT(in) : NULL;
	}
	if (!head)
		return false;
	if (gimple_assign_load_p(head))
		return gimple_has_volatile_ops(head);
	return lkmm_head_flags(head) && is_gimple_call(head);
}

/* Should a dependency from a head with FLAGS be reported? */
static bool lkmm_reported(unsigned flags)
{
	return (flags & LKMM_EXPLICIT) || lkmm_opt.warn_all || lkmm_opt.check;
}

/*
 * A plain access worth checking: one scalar load or store, not of a local
 * that lives on the stack (the RTL accesses those through the frame, and
 * only this function sees them), not an aggregate copy or a bit-field
 * (several insns, or a read-modify-write of the neighbours).
 */
static bool lkmm_plain_access_p(gimple *stmt, tree ref)
{
	tree base, t;

	if (!is_gimple_reg_type(TREE_TYPE(ref)) ||
	    (gimple_vdef(stmt) &&
	     !is_gimple_reg_type(TREE_TYPE(gimple_assign_rhs1(stmt)))) ||
	    TREE_CODE(ref) == BIT_FIELD_REF)
		return false;
	for (t = ref; handled_component_p(t); t = TREE_OPERAND(t, 0))
		if (TREE_CODE(t) == COMPONENT_REF &&
		    DECL_BIT_FIELD(TREE_OPERAND(t, 1)))
			return false;
	base = get_base_address(ref);
	if (!base)
		return false;
	if (TREE_CODE(base) == MEM_REF &&
	    TREE_CODE(TREE_OPERAND(base, 0)) == ADDR_EXPR)
		base = TREE_OPERAND(TREE_OPERAND(base, 0), 0);
	if (DECL_P(base) && !is_global_var(base))
		return false;
	return true;
}

static bool lkmm_from_head(const struct lkmm_deps *deps, tree op)
{
	return lkmm_src_of(deps, op).flags != 0;
}

/* A use of a partial name that keeps it partial: a phi, lkmm's own asms
 * (an inlined callee's copies), and what the engine's step policy carries
 * (flow.c) when every operand derived from the same head is partial too:
 * jiffies + j with j partial is partial for j's head, though jiffies
 * heads too (rcu_gp_fqs_loop()). */
static enum lkmm_flow_act lkmm_partial_visit(struct lkmm_flow *f, tree,
					     gimple *use, tree next,
					     lkmm_bits bits, lkmm_bits)
{
	const struct lkmm_deps *deps = (const struct lkmm_deps *)f->data;
	ssa_op_iter oi;
	gimple *h;
	tree op;

	if (gimple_code(use) == GIMPLE_PHI)
		return LKMM_FLOW_CARRY;
	if (!next) {
		if (lkmm_asm_kind(use) &&
		    gimple_asm_noutputs(as_a<gasm *>(use)) == 1)
			lkmm_flow_add(f, TREE_VALUE(gimple_asm_output_op(
					as_a<gasm *>(use), 0)), bits);
		return LKMM_FLOW_SKIP;
	}
	h = lkmm_head(deps, next);
	FOR_EACH_SSA_TREE_OPERAND(op, use, oi, SSA_OP_USE)
		if (lkmm_from_head(deps, op) && lkmm_head(deps, op) == h &&
		    !lkmm_flow_bits_of(f, op))
			return LKMM_FLOW_SKIP;
	return LKMM_FLOW_CARRY;
}

/* Does the plain load STMT read, on some path into it, what the function
 * stored there just before (nat_ops = nat_proto_net->nat_hook_ops after
 * if (!...->nat_hook_ops) ...->nat_hook_ops = kmemdup_array(...) in
 * nf_nat_register_fn())?  On that path GCC forwards the stored value and
 * the LKMM gives no dependency through the load (flow.c). */
static bool lkmm_reads_own_store_somewhere(gimple *stmt)
{
	tree vuse = gimple_vuse(stmt);
	gimple *phi;
	unsigned i;

	if (!vuse || TREE_CODE(vuse) != SSA_NAME)
		return false;
	phi = SSA_NAME_DEF_STMT(vuse);
	if (gimple_code(phi) != GIMPLE_PHI)
		return false;
	for (i = 0; i < gimple_phi_num_args(phi); i++) {
		tree arg = gimple_phi_arg_def(phi, i);

		if (TREE_CODE(arg) == SSA_NAME &&
		    lkmm_own_store_p(SSA_NAME_DEF_STMT(arg), stmt))
			return true;
	}
	return false;
}

/*
 * The head-derived names that are so only on some paths: a PHI with an
 * argument that is not derived (q = i == 2 ? &arr[i] : &y), a load that
 * reads the function's own store on some paths, and what is
 * computed from such names alone.  verify.c checks each path, and on the
 * other paths the source itself has no dependency: accesses through them
 * (plain or volatile: _compound_head() returns the head - 1 or the page)
 * are not expected.
 */
static void lkmm_find_partial(function *fn, const struct lkmm_deps *deps,
			      auto_vec<bool> *part)
{
	struct lkmm_flow f;
	auto_vec<tree> seeds;
	basic_block bb;
	unsigned i;

	FOR_EACH_BB_FN(bb, fn) {
		gphi_iterator gpi;

		for (gpi = gsi_start_phis(bb); !gsi_end_p(gpi); gsi_next(&gpi)) {
			gphi *phi = gpi.phi();
			tree res = gimple_phi_result(phi);

			if (virtual_operand_p(res) || !lkmm_from_head(deps, res))
				continue;
			for (i = 0; i < gimple_phi_num_args(phi); i++)
				if (!lkmm_from_head(deps, gimple_phi_arg_def(phi, i)))
					break;
			if (i < gimple_phi_num_args(phi))
				seeds.safe_push(res);
		}
		for (gimple_stmt_iterator gsi = gsi_start_bb(bb);
		     !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (gimple_assign_load_p(stmt) &&
			    TREE_CODE(gimple_assign_lhs(stmt)) == SSA_NAME &&
			    lkmm_from_head(deps, gimple_assign_lhs(stmt)) &&
			    lkmm_reads_own_store_somewhere(stmt))
				seeds.safe_push(gimple_assign_lhs(stmt));
		}
	}
	/* Most functions have no such PHI nor load: PART stays empty. */
	if (seeds.is_empty())
		return;
	lkmm_flow_init(&f, LKMM_STEP_DERIVED, lkmm_partial_visit,
		       (void *)deps);
	for (i = 0; i < seeds.length(); i++)
		lkmm_flow_add(&f, seeds[i], 1);
	lkmm_flow_run(&f);
	part->safe_grow_cleared(num_ssa_names);
	for (i = 0; i < num_ssa_names; i++)
		(*part)[i] = f.bits[i] != 0;
}

static bool lkmm_partial_p(const auto_vec<bool> &part, tree op)
{
	return op && TREE_CODE(op) == SSA_NAME &&
	       SSA_NAME_VERSION(op) < part.length() &&
	       part[SSA_NAME_VERSION(op)];
}

/* Is the value STMT loads what the function returns (return _5)? */
static bool lkmm_returned_p(gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	imm_use_iterator it;
	use_operand_p use;

	if (TREE_CODE(lhs) != SSA_NAME)
		return false;
	FOR_EACH_IMM_USE_FAST(use, it, lhs)
		if (gimple_code(USE_STMT(use)) == GIMPLE_RETURN)
			return true;
	return false;
}

/* The locus of the head S comes from (none: UNKNOWN_LOCATION). */
static location_t lkmm_src_loc(const struct lkmm_src &s)
{
	return s.head ? LOCATION_LOCUS(lkmm_head_loc(s.head)) :
			UNKNOWN_LOCATION;
}

/*
 * Address and data dependencies of volatile accesses, and of plain scalar
 * loads and stores, for verify.c.  The dependent plain loads are the
 * common case (p = rcu_dereference(gp); r = p->a).  Every plain access
 * goes into ACC, for the twins.
 */
static void lkmm_expect_accesses(function *fn, const struct lkmm_deps *deps,
				 const auto_vec<bool> &part,
				 auto_vec<lkmm_access> *acc, bool record)
{
	auto_sbitmap cyc(last_basic_block_for_fn(fn));
	basic_block bb;

	lkmm_cycle_blocks(fn, cyc);
	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;
		bool once = !bitmap_bit_p(cyc, bb->index);

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct lkmm_access a;
			struct lkmm_src s;
			tree dep, ref;
			bool plain;
			int base;

			if (!gimple_assign_single_p(stmt) ||
			    gimple_clobber_p(stmt))
				continue;
			a.store = gimple_vdef(stmt) != NULL_TREE;
			ref = a.store ? gimple_assign_lhs(stmt)
				      : gimple_assign_rhs1(stmt);
			plain = !gimple_has_volatile_ops(stmt);
			if (plain && (!gimple_vuse(stmt) ||
				      !(a.store || gimple_assign_load_p(stmt))))
				continue;
			a.loc = LOCATION_LOCUS(lkmm_stmt_loc(stmt));
			a.addr = a.data = UNKNOWN_LOCATION;
			lkmm_ref_ids(ref, &a.field, &a.type, &base);
			if (plain && !lkmm_plain_access_p(stmt, ref)) {
				acc->safe_push(a);
				continue;
			}
			dep = lkmm_ref_dep(deps, ref);
			if (dep && !lkmm_partial_p(part, dep)) {
				s = lkmm_src_of(deps, dep);
				a.addr = lkmm_src_loc(s);
				if (record && lkmm_reported(s.flags) &&
				    lkmm_rtl_head_p(s.head))
					lkmm_expect_record(fn, a.store ?
						(plain ? LKMM_VDEP_PLAIN_STORE :
						 LKMM_VDEP_ADDR_STORE) :
						(plain ? LKMM_VDEP_PLAIN_LOAD :
						 LKMM_VDEP_ADDR_LOAD),
						lkmm_head_loc(s.head),
						lkmm_stmt_loc(stmt), ref,
						!a.store && lkmm_returned_p(stmt),
						once);
			}
			if (a.store && !lkmm_partial_p(part, gimple_assign_rhs1(stmt))) {
				s = lkmm_src_of(deps, gimple_assign_rhs1(stmt));
				if (s.flags & LKMM_ADDR)
					a.data = lkmm_src_loc(s);
				if (record && (s.flags & LKMM_ADDR) &&
				    lkmm_reported(s.flags) && lkmm_rtl_head_p(s.head))
					lkmm_expect_record(fn, plain ?
						LKMM_VDEP_PLAIN_DATA : LKMM_VDEP_DATA,
						lkmm_head_loc(s.head),
						lkmm_stmt_loc(stmt), ref, false, once);
			}
			if (plain)
				acc->safe_push(a);
		}
	}
}

/* Can a path from the head HEAD reach the leg LEG without passing the
 * branch COND on it?  C's && and || skip the test: in
 * if (!READ_ONCE(rdp->wrap) && rdp->needed - c >= 0) return; the store
 * after the if owes c nothing on the path where wrap was set. */
static bool lkmm_leg_skips_branch(gimple *head, gcond *cond, basic_block leg)
{
	basic_block from = gimple_bb(head), cb = gimple_bb(cond);
	auto_vec<basic_block> work;
	auto_sbitmap seen(last_basic_block_for_fn(cfun));

	if (!from || !cb || from == cb || from == leg)
		return false;
	bitmap_clear(seen);
	bitmap_set_bit(seen, from->index);
	work.safe_push(from);
	while (!work.is_empty()) {
		basic_block bb = work.pop();
		edge e;
		edge_iterator ei;

		if (bb == leg)
			return true;
		FOR_EACH_EDGE(e, ei, bb->succs)
			if (e->dest != cb && e->dest->index >= 0 &&
			    !bitmap_bit_p(seen, e->dest->index)) {
				bitmap_set_bit(seen, e->dest->index);
				work.safe_push(e->dest);
			}
	}
	return false;
}

/* Record the control dependency of STMT in a leg of B; it is skippable
 * only when every branch on the head that it is in a leg of is. */
static void lkmm_expect_ctrl_one(function *fn, const struct lkmm_branch *b,
				 gimple *stmt, bool skip)
{
	location_t head = LOCATION_LOCUS(lkmm_head_loc(b->src.head));
	location_t dep = LOCATION_LOCUS(lkmm_stmt_loc(stmt));
	struct lkmm_expect *e;
	bool fresh;

	e = lkmm_expect_record(fn, LKMM_VDEP_CTRL, head, dep, NULL_TREE,
			       false, false, &fresh);
	if (e)
		e->skip = fresh ? skip : e->skip && skip;
}

/* Is STMT -ftrivial-auto-var-init's store of a local's initial value
 * (__dummy2 ={v} .DEFERRED_INIT (...) for the volatile local of
 * typecheck() in time_after(jiffies, ...))?  No such store is in the
 * source, and no other CPU sees the local. */
static bool lkmm_auto_init_p(gimple *stmt)
{
	tree rhs = gimple_assign_rhs1(stmt);
	gimple *def;

	if (TREE_CODE(rhs) != SSA_NAME)
		return false;
	def = SSA_NAME_DEF_STMT(rhs);
	return is_gimple_call(def) && gimple_call_internal_p(def) &&
	       !strcmp(internal_fn_name(gimple_call_internal_fn(def)),
		       "DEFERRED_INIT");
}

/* Control dependencies: the volatile stores in the legs of each branch on
 * a head, where the branch can go both ways (else diag.c warns). */
static void lkmm_expect_ctrl(function *fn, const struct lkmm_branches *br,
			     const auto_vec<bool> &part)
{
	unsigned i, j;

	for (i = 0; i < br->b.length(); i++) {
		const struct lkmm_branch *b = &br->b[i];

		/* A condition derived from the head on some paths only: on
		 * the others the source has no dependency to check. */
		if (b->value >= 0 || b->many || !lkmm_reported(b->src.flags) ||
		    !lkmm_rtl_head_p(b->src.head) || lkmm_partial_p(part, b->op))
			continue;
		for (j = b->first; j < b->first + b->nlegs; j++) {
			gimple_stmt_iterator gsi;

			for (gsi = gsi_start_bb(br->legs[j]); !gsi_end_p(gsi);
			     gsi_next(&gsi)) {
				gimple *stmt = gsi_stmt(gsi);

				if (gimple_vdef(stmt) &&
				    gimple_assign_single_p(stmt) &&
				    gimple_has_volatile_ops(stmt) &&
				    !lkmm_auto_init_p(stmt))
					lkmm_expect_ctrl_one(fn, b, stmt,
						lkmm_leg_skips_branch(b->src.head,
							b->cond, br->legs[j]));
			}
		}
	}
}

/* Record what verify.c must find ordered in FN, BR its branches on a
 * head (deps.c). */
void lkmm_record_expectations(function *fn, const struct lkmm_deps *deps,
			      const struct lkmm_branches *br)
{
	auto_vec<bool> part;
	auto_vec<lkmm_access> acc;
	unsigned first = lkmm_expects_end();

	if (!fn || !fn->cfg || !deps)
		return;
	lkmm_find_partial(fn, deps, &part);
	lkmm_expect_ctrl(fn, br, part);
	lkmm_expect_accesses(fn, deps, part, &acc, true);
	lkmm_expect_twins_in(first, lkmm_expects_end(), &acc);
	lkmm_expect_others(fn, first);
}

/* After IPA inlining (lkmm_late, DEPS its analysis): the twins that
 * inlining brought into FN beside its expected accesses (arp_filter()'s
 * dev_net(dev), inlined into arp_process() beside dev_net(in_dev->dev)
 * of the early inlining). */
void lkmm_expect_late_twins(function *fn, const struct lkmm_deps *deps)
{
	auto_vec<bool> part;
	auto_vec<lkmm_access> acc;
	unsigned lo, hi;

	if (!fn || !fn->cfg || !fn->decl || !lkmm_expect_run(fn, &lo, &hi))
		return;
	lkmm_find_partial(fn, deps, &part);
	lkmm_expect_accesses(fn, deps, part, &acc, false);
	lkmm_expect_twins_in(lo, hi, &acc);
}
