// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * unhide.c - making the opaque copies free once no optimizer can learn
 * from a comparison any more.
 *
 * addr-hide.c compares an opaque copy h of a head-derived value v, so that
 * GCC never learns which value v holds.  The copy's asm ties h to v's
 * register, and v stays live after the comparison (the dependent access
 * uses it), so the register allocator adds a move:
 *
 *	mov	x2, x3		(M: the allocator's copy)
 *	<empty asm on x2>	(H: the hide)
 *	cmp	x2, x1		(U: the only use of the copy; x2 dies; or
 *				 a compare-and-branch: cbnz x2, ...)
 *
 * After register allocation and the passes that follow it up to block
 * reordering, nothing learns values from branches any more (cse, cprop,
 * VRP and their RTL kin all ran before), so the copy has done its job.
 * This pass, right after "bbro", rewrites U to read v's register, and
 * deletes M and H: the comparison costs what it cost without lkmm.
 *
 * It does so only when the shape is exactly that: M is a register move
 * into H's output before H (the scheduler may have put insns between
 * them that do not mention the copy), v's register is not set while the
 * copy lives, and every insn that reads the copy until it dies (a
 * REG_DEAD note from a fresh dataflow analysis) or is overwritten reads
 * it in the same mode, in H's block or in blocks reached from there
 * alone, with no call between.  Anything else stays as it is, with its
 * move.  (widen.c gives a copy of a narrow value kept extended in a
 * wide register that shape too.)
 *
 * The same holds, for a while, before IPA: IPA passes look at calls, not
 * at branches.  A GIMPLE pass after the early optimizations removes the
 * early run's copies (lkmm_drop), so that inlining, cloning and function
 * splitting decide as they would without lkmm; the late run hides again
 * what the inlined code needs.
 */
#include "lkmm-plugin.h"
#include "rtl-iter.h"
#include "insn-config.h"
#include "recog.h"
#include "df.h"
#include "emit-rtl.h"

/* The SET of an lkmm hide asm (LKMM_ASM_HIDE), or NULL_RTX. */
static rtx lkmm_hide_set(rtx_insn *insn)
{
	rtx set;

	return lkmm_rtl_asm_kind(insn, &set) == LKMM_ASM_HIDE ? set : NULL_RTX;
}

/* Does every mention of REG's register in X use exactly REG? */
static bool lkmm_only_as(rtx x, rtx reg)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx x = *iter;

		if (REG_P(x) && REGNO(x) == REGNO(reg) &&
		    GET_MODE(x) != GET_MODE(reg))
			return false;
		if (REG_P(x) && x != reg && !rtx_equal_p(x, reg) &&
		    reg_overlap_mentioned_p(x, reg))
			return false;
	}
	return true;
}

/*
 * The insn before H, in its block, that sets COPY: M.  The scheduler may
 * have put insns between M and H that mention neither COPY nor make a
 * call; NULL when one does.
 */
static rtx_insn *lkmm_copy_move(rtx_insn *h, rtx copy)
{
	rtx_insn *p;

	for (p = PREV_INSN(h); p && BLOCK_FOR_INSN(p) == BLOCK_FOR_INSN(h);
	     p = PREV_INSN(p)) {
		if (!NONDEBUG_INSN_P(p))
			continue;
		if (CALL_P(p) || !NONJUMP_INSN_P(p))
			return NULL;
		if (reg_set_p(copy, p))
			return p;
		if (reg_overlap_mentioned_p(copy, PATTERN(p)))
			return NULL;
	}
	return NULL;
}

/*
 * The part of U that reads COPY: its whole pattern, or the source of a
 * single set that overwrites COPY's register (the extension of a narrow
 * copy: rlwinm 9,9,0,0xff); NULL when U sets COPY some other way.
 */
static rtx *lkmm_read_part(rtx_insn *u, rtx copy)
{
	rtx uset = single_set(u);

	if (!reg_set_p(copy, u))
		return &PATTERN(u);
	if (!uset || PATTERN(u) != uset || !REG_P(SET_DEST(uset)) ||
	    REGNO(SET_DEST(uset)) != REGNO(copy) ||
	    REG_NREGS(SET_DEST(uset)) < REG_NREGS(copy))
		return NULL;
	return &SET_SRC(PATTERN(u));
}

/*
 * Queue (validate_change) the replacement of every read of COPY by ORIG
 * from after FROM (BB's start when NULL) until COPY dies or is
 * overwritten, on every path; true when that is possible: each read is
 * of COPY itself, ORIG is not set and no call comes while COPY lives,
 * and COPY lives on only into blocks reached from BB alone (DEPTH of
 * them at most, one after the other).  A comparison made twice on the
 * copy (v < 3, then v > 300) reads it twice.
 */
static bool lkmm_replace_reads(basic_block bb, rtx_insn *from, rtx copy,
			       rtx orig, int depth)
{
	subrtx_ptr_iterator::array_type array;
	rtx_insn *u;
	rtx *where;
	edge e;
	edge_iterator ei;

	for (u = from ? NEXT_INSN(from) : BB_HEAD(bb);
	     u && u != NEXT_INSN(BB_END(bb)); u = NEXT_INSN(u)) {
		if (!NONDEBUG_INSN_P(u))
			continue;
		if (reg_overlap_mentioned_p(copy, PATTERN(u))) {
			if (!(NONJUMP_INSN_P(u) ||
			      (JUMP_P(u) && any_condjump_p(u))))
				return false;
			where = lkmm_read_part(u, copy);
			if (!where || !lkmm_only_as(*where, copy))
				return false;
			FOR_EACH_SUBRTX_PTR(iter, array, where, NONCONST)
				if (REG_P(**iter) && rtx_equal_p(**iter, copy))
					validate_change(u, *iter, orig, true);
			if (where != &PATTERN(u) ||
			    find_regno_note(u, REG_DEAD, REGNO(copy)))
				return true;
		}
		if (CALL_P(u) || reg_set_p(orig, u))
			return false;
	}
	/* The end of BB, COPY still live: on into the blocks that read it. */
	if (depth == 0 || REG_NREGS(copy) != 1)
		return false;
	FOR_EACH_EDGE(e, ei, bb->succs) {
		if (e->dest == EXIT_BLOCK_PTR_FOR_FN(cfun) ||
		    !REGNO_REG_SET_P(df_get_live_in(e->dest), REGNO(copy)))
			continue;
		if (!single_pred_p(e->dest) || (e->flags & EDGE_COMPLEX) ||
		    !lkmm_replace_reads(e->dest, NULL, copy, orig, depth - 1))
			return false;
	}
	return true;
}

/* Try to make the hide H free; true when it was. */
static bool lkmm_unhide_one(rtx_insn *h)
{
	rtx set = lkmm_hide_set(h), msrc, copy, orig;
	rtx_insn *m;

	if (!set)
		return false;
	copy = SET_DEST(set);
	if (!HARD_REGISTER_P(copy))
		return false;
	m = lkmm_copy_move(h, copy);
	if (!m || !NONJUMP_INSN_P(m) || !single_set(m) ||
	    PATTERN(m) != single_set(m))
		return false;
	msrc = SET_SRC(single_set(m));
	if (!rtx_equal_p(SET_DEST(single_set(m)), copy) || !REG_P(msrc) ||
	    !HARD_REGISTER_P(msrc) || GET_MODE(msrc) != GET_MODE(copy) ||
	    reg_overlap_mentioned_p(msrc, copy) ||
	    reg_set_between_p(msrc, m, h))
		return false;
	orig = msrc;
	if (!lkmm_replace_reads(BLOCK_FOR_INSN(h), h, copy, orig,
				LKMM_UNHIDE_BLOCKS_MAX)) {
		cancel_changes(0);
		return false;
	}
	if (!apply_change_group())
		return false;
	delete_insn(h);
	delete_insn(m);
	return true;
}

static unsigned lkmm_unhide_fn(function *fn)
{
	basic_block bb;
	rtx_insn *insn, *next;
	bool any = false;

	FOR_EACH_BB_FN(bb, fn)
		FOR_BB_INSNS(bb, insn)
			if (NONJUMP_INSN_P(insn) && lkmm_hide_set(insn))
				any = true;
	if (!any)
		return 0;
	df_note_add_problem();
	df_analyze();
	/* Each success changes what lives where: analyse again. */
	FOR_EACH_BB_FN(bb, fn)
		FOR_BB_INSNS_SAFE(bb, insn, next)
			if (NONJUMP_INSN_P(insn) && lkmm_unhide_one(insn))
				df_analyze();
	return 0;
}

/*
 * Before IPA: from the end of the early optimizations to the late run,
 * no pass learns values from comparisons (IPA passes look at calls, not
 * branches), so the early run's copies have done their job.  They go,
 * so that IPA's size and benefit estimates (inlining, cloning, function
 * splitting) see the code as without lkmm; the late run hides again
 * what it must, in the code inlining gives it.  Kept in the compile step
 * of an LTO build: the link step may run without lkmm.
 */
static unsigned lkmm_drop_hides(function *fn)
{
	lkmm_asm_remove_hides(fn, NULL, NULL);
	return 0;
}

namespace {

const pass_data lkmm_drop_data = {
	GIMPLE_PASS, /* type */
	"lkmm_drop", /* name */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	/* It replaces the uses of an opaque copy's result by its input. */
	PROP_ssa | PROP_cfg, /* properties_required */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* Uses read the copies' inputs again: SSA form stays valid. */
	0, /* todo_flags_finish */
};

const pass_data lkmm_unhide_data = {
	RTL_PASS, /* type */
	"lkmm_unhide", /* name */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	0, /* properties_required: after "bbro" the CFG is still there */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* The REG_DEAD notes problem added to find the copies' moves goes
	 * again with the rest of this pass's dataflow. */
	TODO_df_finish, /* todo_flags_finish */
};

} /* namespace */

static bool lkmm_drop_gate(function *)
{
	return !seen_error() && !flag_generate_lto && lkmm_changes_code();
}

opt_pass *lkmm_make_drop_pass(gcc::context *ctxt)
{
	return new lkmm_opt_pass<gimple_opt_pass>(lkmm_drop_data, ctxt,
					lkmm_drop_gate, lkmm_drop_hides);
}

static bool lkmm_unhide_gate(function *)
{
	return !seen_error() && reload_completed && lkmm_changes_code();
}

opt_pass *lkmm_make_unhide_pass(gcc::context *ctxt)
{
	return new lkmm_opt_pass<rtl_opt_pass>(lkmm_unhide_data, ctxt,
					lkmm_unhide_gate, lkmm_unhide_fn);
}
