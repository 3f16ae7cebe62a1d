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
 * into H's output right before H, v's register is not set between M and
 * U, U is the first insn after H that mentions the copy's register, only
 * in the same mode, and the copy dies there (a REG_DEAD note from a fresh
 * dataflow analysis).  Anything else stays as it is, with its move.
 *
 * The same holds, for a while, before IPA: IPA passes look at calls, not
 * at branches.  A GIMPLE pass after the early optimizations removes the
 * early run's copies (lkmm_drop_hides), so that inlining, cloning and
 * function splitting decide as they would without lkmm; the late run
 * hides again what the inlined code needs.
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
	rtx pat = PATTERN(insn), set, src;
	int i;

	if (GET_CODE(pat) == PARALLEL) {
		for (i = 1; i < XVECLEN(pat, 0); i++)
			if (GET_CODE(XVECEXP(pat, 0, i)) != CLOBBER)
				return NULL_RTX;
		pat = XVECEXP(pat, 0, 0);
	}
	if (GET_CODE(pat) != SET || !REG_P(SET_DEST(pat)))
		return NULL_RTX;
	set = pat;
	src = SET_SRC(set);
	if (GET_CODE(src) != ASM_OPERANDS || ASM_OPERANDS_TEMPLATE(src)[0] ||
	    ASM_OPERANDS_OUTPUT_IDX(src) != 0)
		return NULL_RTX;
	for (i = 0; i < ASM_OPERANDS_INPUT_LENGTH(src); i++) {
		rtx op = ASM_OPERANDS_INPUT(src, i);

		if (CONST_INT_P(op) &&
		    ((unsigned HOST_WIDE_INT)INTVAL(op) & ~(HOST_WIDE_INT)0xff) ==
		    LKMM_ASM_MAGIC &&
		    (INTVAL(op) & 0xff) == LKMM_ASM_HIDE)
			return set;
	}
	return NULL_RTX;
}

/* Does every mention of register REGNO in INSN use exactly REG? */
static bool lkmm_only_as(rtx_insn *insn, rtx reg)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, PATTERN(insn), ALL) {
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

/* Try to make the hide H free; true when it was. */
static bool lkmm_unhide_one(rtx_insn *h)
{
	rtx set = lkmm_hide_set(h), msrc, copy, orig;
	rtx_insn *m, *u;
	basic_block bb = BLOCK_FOR_INSN(h);

	if (!set)
		return false;
	copy = SET_DEST(set);
	if (!HARD_REGISTER_P(copy))
		return false;
	m = prev_nonnote_nondebug_insn_bb(h);
	if (!m || !NONJUMP_INSN_P(m) || !single_set(m) ||
	    PATTERN(m) != single_set(m))
		return false;
	msrc = SET_SRC(single_set(m));
	if (!rtx_equal_p(SET_DEST(single_set(m)), copy) || !REG_P(msrc) ||
	    !HARD_REGISTER_P(msrc) || GET_MODE(msrc) != GET_MODE(copy) ||
	    reg_overlap_mentioned_p(msrc, copy))
		return false;
	orig = msrc;

	/* The first insn after H that mentions the copy. */
	for (u = NEXT_INSN(h); u && BLOCK_FOR_INSN(u) == bb; u = NEXT_INSN(u)) {
		if (!NONDEBUG_INSN_P(u))
			continue;
		if (reg_overlap_mentioned_p(copy, PATTERN(u)))
			break;
		if (CALL_P(u) || reg_set_p(orig, u))
			return false;
	}
	if (!u || BLOCK_FOR_INSN(u) != bb ||
	    !(NONJUMP_INSN_P(u) || (JUMP_P(u) && any_condjump_p(u))) ||
	    reg_set_p(copy, u) ||
	    !find_regno_note(u, REG_DEAD, REGNO(copy)) ||
	    !lkmm_only_as(u, copy))
		return false;
	if (!validate_replace_rtx(copy, orig, u))
		return false;
	if (reg_overlap_mentioned_p(copy, PATTERN(u))) {
		/* Not every mention was replaced: put it back. */
		validate_replace_rtx(orig, copy, u);
		return false;
	}
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
	FOR_EACH_BB_FN(bb, fn)
		FOR_BB_INSNS_SAFE(bb, insn, next)
			if (NONJUMP_INSN_P(insn))
				lkmm_unhide_one(insn);
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

class lkmm_drop_pass : public gimple_opt_pass {
public:
	lkmm_drop_pass(gcc::context *ctxt)
		: gimple_opt_pass(lkmm_drop_data, ctxt) {}
	bool gate(function *) final override
	{
		return optimize && !seen_error() && !flag_generate_lto &&
		       !lkmm_opt.check && lkmm_arch()->keep;
	}
	unsigned int execute(function *fn) final override
	{
		return lkmm_drop_hides(fn);
	}
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

class lkmm_unhide_pass : public rtl_opt_pass {
public:
	lkmm_unhide_pass(gcc::context *ctxt)
		: rtl_opt_pass(lkmm_unhide_data, ctxt) {}
	bool gate(function *) final override
	{
		return optimize && !seen_error() && reload_completed &&
		       !lkmm_opt.check && lkmm_arch()->keep;
	}
	unsigned int execute(function *fn) final override
	{
		return lkmm_unhide_fn(fn);
	}
};

} /* namespace */

opt_pass *lkmm_make_drop_pass(gcc::context *ctxt)
{
	return new lkmm_drop_pass(ctxt);
}

opt_pass *lkmm_make_unhide_pass(gcc::context *ctxt)
{
	return new lkmm_unhide_pass(ctxt);
}
