// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * drop-legs.c - the leg markers go before block reordering, where the
 * target lets them (arch.c, legs_late).
 *
 * The pass lkmm_legs runs right before block reordering (bbro), where
 * the target says no later pass can turn a branch into conditional
 * execution (arch.c, legs_late: not 32-bit ARM, whose final pass makes
 * strne of a short leg).  The leg markers kept tail merging,
 * crossjumping, head merging and if-conversion from undoing the legs;
 * all of them ran (jump2, ce3), bbro's cleanup does not crossjump, and
 * sched2 schedules one block at a time, so no access leaves its leg any
 * more.  An empty asm still keeps its block from being a forwarder: a
 * branch into a leg that only jumps on costs a second jump, and a return
 * block is not duplicated.  The markers go, and bbro lays the blocks out
 * as without lkmm; each branch stays (a branch whose legs would both be
 * empty on the way to the same block keeps its markers).
 */
#include "lkmm-plugin.h"

static bool lkmm_leg_marker_p(rtx_insn *insn)
{
	return NONJUMP_INSN_P(insn) &&
	       lkmm_rtl_asm_kind(insn, NULL) == LKMM_ASM_LEG;
}

/* Does BB hold nothing but leg markers, then fall or jump to one block? */
static bool lkmm_empty_leg_p(basic_block bb)
{
	rtx_insn *insn;

	if (!single_succ_p(bb) || (single_succ_edge(bb)->flags & EDGE_COMPLEX))
		return false;
	FOR_BB_INSNS(bb, insn)
		if (NONDEBUG_INSN_P(insn) && !lkmm_leg_marker_p(insn) &&
		    !(JUMP_P(insn) && simplejump_p(insn)))
			return false;
	return true;
}

/* Where BB leads once its empty legs are passed through. */
static basic_block lkmm_leg_dest(basic_block bb)
{
	int n;

	for (n = 0; n < LKMM_EMPTY_LEGS_MAX &&
		    bb != EXIT_BLOCK_PTR_FOR_FN(cfun) && lkmm_empty_leg_p(bb);
	     n++)
		bb = single_succ(bb);
	return bb;
}

/*
 * May the markers of leg BB go?  Only when both legs of its branch still
 * lead to different places without them: two empty legs to the same
 * block would let bbro delete the branch itself, and a store after the
 * join is ordered only by that branch.
 */
static bool lkmm_leg_droppable_p(basic_block bb)
{
	basic_block p, other;

	if (!single_pred_p(bb))
		return false;
	p = single_pred(bb);
	if (EDGE_COUNT(p->succs) != 2 || !any_condjump_p(BB_END(p)))
		return false;
	other = EDGE_SUCC(p, 0)->dest == bb ? EDGE_SUCC(p, 1)->dest :
					       EDGE_SUCC(p, 0)->dest;
	return lkmm_leg_dest(bb) != lkmm_leg_dest(other);
}

static unsigned lkmm_drop_legs_fn(function *fn)
{
	auto_vec<rtx_insn *> drop;
	basic_block bb;
	rtx_insn *insn;
	unsigned i;

	FOR_EACH_BB_FN(bb, fn)
		FOR_BB_INSNS(bb, insn)
			if (lkmm_leg_marker_p(insn) &&
			    lkmm_leg_droppable_p(bb))
				drop.safe_push(insn);
	FOR_EACH_VEC_ELT(drop, i, insn)
		delete_insn(insn);
	return 0;
}

namespace {

const pass_data lkmm_legs_data = {
	RTL_PASS, /* type */
	"lkmm_legs", /* name */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	0, /* properties_required: it reads the CFG's edges */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* delete_insn keeps the dataflow up to date. */
	0, /* todo_flags_finish */
};

} /* namespace */

static bool lkmm_legs_gate(function *)
{
	return !seen_error() && reload_completed && lkmm_changes_code() &&
	       lkmm_arch()->legs_late;
}

opt_pass *lkmm_make_legs_pass(gcc::context *ctxt)
{
	return new lkmm_opt_pass<rtl_opt_pass>(lkmm_legs_data, ctxt,
					lkmm_legs_gate, lkmm_drop_legs_fn);
}
