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
 * move.
 *
 * On targets that keep a narrow value extended in a wide register (RISC-V
 * and 64-bit PowerPC: an int sign-extended in 64 bits), the copy of such
 * a value would also cost an extension after it (sext.w, extsw).  A pass
 * right after expansion (lkmm_widen) makes it a copy of the whole
 * register, which then takes the shape above.
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

/* INSN's pattern without the clobbers an asm may carry, or NULL_RTX. */
static rtx lkmm_asm_body(rtx_insn *insn)
{
	rtx pat = PATTERN(insn);
	int i;

	if (GET_CODE(pat) == PARALLEL) {
		for (i = 1; i < XVECLEN(pat, 0); i++)
			if (GET_CODE(XVECEXP(pat, 0, i)) != CLOBBER)
				return NULL_RTX;
		pat = XVECEXP(pat, 0, 0);
	}
	return pat;
}

/* The lkmm kind (asm.c) of ASM_OPERANDS X with an empty template, or 0. */
static unsigned lkmm_rtl_asm_kind(rtx x)
{
	int i;

	if (!x || GET_CODE(x) != ASM_OPERANDS || ASM_OPERANDS_TEMPLATE(x)[0])
		return 0;
	for (i = 0; i < ASM_OPERANDS_INPUT_LENGTH(x); i++) {
		rtx op = ASM_OPERANDS_INPUT(x, i);

		if (CONST_INT_P(op) &&
		    ((unsigned HOST_WIDE_INT)INTVAL(op) & ~(HOST_WIDE_INT)0xff) ==
		    LKMM_ASM_MAGIC)
			return INTVAL(op) & 0xff;
	}
	return 0;
}

/* The SET of an lkmm copy asm whose kind KIND_OK accepts, or NULL_RTX. */
static rtx lkmm_copy_set(rtx_insn *insn, bool (*kind_ok)(unsigned))
{
	rtx set = lkmm_asm_body(insn);
	unsigned kind;

	if (!set || GET_CODE(set) != SET || !REG_P(SET_DEST(set)) ||
	    GET_CODE(SET_SRC(set)) != ASM_OPERANDS ||
	    ASM_OPERANDS_OUTPUT_IDX(SET_SRC(set)) != 0)
		return NULL_RTX;
	kind = lkmm_rtl_asm_kind(SET_SRC(set));
	return kind && kind_ok(kind) ? set : NULL_RTX;
}

static bool lkmm_hide_kind_p(unsigned kind)
{
	return kind == LKMM_ASM_HIDE;
}

/* A hide, or a head copy (heads.c): both copy their input as it is. */
static bool lkmm_copy_kind_p(unsigned kind)
{
	return kind == LKMM_ASM_HIDE || LKMM_ASM_KIND(kind) == LKMM_ASM_HEAD;
}

/* The SET of an lkmm hide asm (LKMM_ASM_HIDE), or NULL_RTX. */
static rtx lkmm_hide_set(rtx_insn *insn)
{
	return lkmm_copy_set(insn, lkmm_hide_kind_p);
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
	if (!lkmm_replace_reads(BLOCK_FOR_INSN(h), h, copy, orig, 4)) {
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
 * Before the register allocator, right after expansion.  Where a target
 * keeps a value narrower than a register extended in it (PROMOTE_MODE:
 * an int lives sign-extended in a 64-bit pseudo on RISC-V and 64-bit
 * PowerPC), GCC expands an opaque copy of it as a copy of the low part,
 * then extends the copy's output again (sext.w, extsw): an asm's output
 * could hold anything above its mode.  The copy returns its input
 * unchanged, and that input was extended the same way already (its
 * promoted subreg says so), so the copy is made of the whole register
 * instead: the extension becomes a register move the allocator
 * coalesces, and the copy takes the shape lkmm_unhide_one() removes.
 * The comparison still reads the copy, so it still teaches GCC nothing.
 */
/*
 * Is EXT, an extension of a low part of DEST, DEST itself, when DEST
 * holds a value of mode NARROW extended as UNS says?  A sign extension
 * from at least NARROW's width keeps a sign-extended value, a zero
 * extension from at least NARROW's width a zero-extended one, and a sign
 * extension from a wider mode a zero-extended one (its sign bit is 0).
 */
static bool lkmm_ext_identity_p(rtx ext, rtx dest, machine_mode narrow,
				bool uns)
{
	rtx op;

	if ((GET_CODE(ext) != SIGN_EXTEND && GET_CODE(ext) != ZERO_EXTEND) ||
	    GET_MODE(ext) != GET_MODE(dest))
		return false;
	op = XEXP(ext, 0);
	if (GET_CODE(op) != SUBREG || !subreg_lowpart_p(op) ||
	    !rtx_equal_p(SUBREG_REG(op), dest) ||
	    GET_MODE_CLASS(GET_MODE(op)) != MODE_INT ||
	    !known_ge(GET_MODE_PRECISION(GET_MODE(op)),
		      GET_MODE_PRECISION(narrow)))
		return false;
	if (GET_CODE(ext) == SIGN_EXTEND)
		return !uns || known_gt(GET_MODE_PRECISION(GET_MODE(op)),
					GET_MODE_PRECISION(narrow));
	return uns;
}

/*
 * After S (DEST = the widened copy): the comparison may extend a low part
 * of DEST again, wider than the copied value (an unsigned short compared
 * as an int: sext.w of a zero-extended halfword).  GCC knew that one was
 * a no-op from the load; the copy hides that, so say it here.
 */
static void lkmm_widen_uses(rtx_insn *s, machine_mode narrow, bool uns)
{
	rtx dest = SET_DEST(single_set(s)), uset;
	rtx_insn *u;

	for (u = NEXT_INSN(s); u && BLOCK_FOR_INSN(u) == BLOCK_FOR_INSN(s);
	     u = NEXT_INSN(u)) {
		if (!NONDEBUG_INSN_P(u))
			continue;
		uset = single_set(u);
		if (NONJUMP_INSN_P(u) && uset && PATTERN(u) == uset &&
		    lkmm_ext_identity_p(SET_SRC(uset), dest, narrow, uns))
			validate_change(u, &SET_SRC(uset), dest, false);
		if (CALL_P(u) || reg_set_p(dest, u))
			return;
	}
}

static bool lkmm_widen_one(rtx_insn *h)
{
	rtx set = lkmm_copy_set(h, lkmm_copy_kind_p), src, in, out, sset, ext;
	rtx wide;
	rtx_insn *s;
	machine_mode wmode;

	if (!set)
		return false;
	src = SET_SRC(set);
	out = SET_DEST(set);
	if (HARD_REGISTER_P(out) || ASM_OPERANDS_INPUT_LENGTH(src) < 1 ||
	    strcmp(ASM_OPERANDS_INPUT_CONSTRAINT(src, 0), "0"))
		return false;
	in = ASM_OPERANDS_INPUT(src, 0);
	if (GET_CODE(in) != SUBREG || !SUBREG_PROMOTED_VAR_P(in) ||
	    !REG_P(SUBREG_REG(in)) || !subreg_lowpart_p(in) ||
	    GET_MODE(in) != GET_MODE(out))
		return false;
	wmode = GET_MODE(SUBREG_REG(in));
	/* The extension of the output, right after the copy. */
	s = next_nonnote_nondebug_insn_bb(h);
	if (!s || !NONJUMP_INSN_P(s))
		return false;
	sset = single_set(s);
	if (!sset || PATTERN(s) != sset || !REG_P(SET_DEST(sset)) ||
	    GET_MODE(SET_DEST(sset)) != wmode)
		return false;
	ext = SET_SRC(sset);
	if ((GET_CODE(ext) != SIGN_EXTEND && GET_CODE(ext) != ZERO_EXTEND) ||
	    GET_MODE(ext) != wmode || !rtx_equal_p(XEXP(ext, 0), out) ||
	    !SUBREG_CHECK_PROMOTED_SIGN(in, GET_CODE(ext) == SIGN_EXTEND ?
					    SRP_SIGNED : SRP_UNSIGNED))
		return false;

	wide = gen_reg_rtx(wmode);
	PUT_MODE(src, wmode);
	ASM_OPERANDS_INPUT(src, 0) = SUBREG_REG(in);
	ASM_OPERANDS_INPUT_CONSTRAINT_EXP(src, 0) =
		gen_rtx_ASM_INPUT_loc(wmode,
				      ASM_OPERANDS_INPUT_CONSTRAINT(src, 0),
				      ASM_OPERANDS_SOURCE_LOCATION(src));
	SET_DEST(set) = wide;
	SET_SRC(sset) = wide;
	/* Any other reader of the narrow output reads the same low part. */
	emit_insn_after(gen_rtx_SET(out, gen_lowpart(GET_MODE(out), wide)), h);
	df_insn_rescan(h);
	df_insn_rescan(s);
	lkmm_widen_uses(s, GET_MODE(in), SUBREG_PROMOTED_UNSIGNED_P(in));
	return true;
}

static unsigned lkmm_widen_fn(function *)
{
	rtx_insn *insn, *next;

	for (insn = get_insns(); insn; insn = next) {
		next = NEXT_INSN(insn);
		if (NONJUMP_INSN_P(insn))
			lkmm_widen_one(insn);
	}
	return 0;
}

/*
 * Right before block reordering, where the target says no later pass can
 * turn a branch into conditional execution (arch.c, legs_late: not
 * 32-bit ARM, whose final pass makes strne of a short leg).  The leg
 * markers kept tail merging, crossjumping, head merging and if-conversion
 * from undoing the legs; all of them ran (jump2, ce3), bbro's cleanup
 * does not crossjump, and sched2 schedules one block at a time, so no
 * access leaves its leg any more.  An empty asm still keeps its block
 * from being a forwarder: a branch into a leg that only jumps on costs a
 * second jump, and a return block is not duplicated.  The markers go,
 * and bbro lays the blocks out as without lkmm; each branch stays (a
 * branch whose legs would both be empty on the way to the same block
 * keeps its markers).
 */
static bool lkmm_leg_marker_p(rtx_insn *insn)
{
	return NONJUMP_INSN_P(insn) &&
	       lkmm_rtl_asm_kind(lkmm_asm_body(insn)) == LKMM_ASM_LEG;
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

	for (n = 0; n < 8 && bb != EXIT_BLOCK_PTR_FOR_FN(cfun) &&
		    lkmm_empty_leg_p(bb); n++)
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

const pass_data lkmm_widen_data = {
	RTL_PASS, /* type */
	"lkmm_widen", /* name */
	OPTGROUP_NONE, /* optinfo_flags */
	TV_NONE, /* tv_id */
	0, /* properties_required: the insn stream as expand left it */
	0, /* properties_provided */
	0, /* properties_destroyed */
	0, /* todo_flags_start */
	/* It changes a few insns in place; no dataflow is live yet. */
	0, /* todo_flags_finish */
};

class lkmm_widen_pass : public rtl_opt_pass {
public:
	lkmm_widen_pass(gcc::context *ctxt)
		: rtl_opt_pass(lkmm_widen_data, ctxt) {}
	bool gate(function *) final override
	{
		return optimize && !seen_error() && !lkmm_opt.check &&
		       lkmm_arch()->keep;
	}
	unsigned int execute(function *fn) final override
	{
		return lkmm_widen_fn(fn);
	}
};

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

class lkmm_legs_pass : public rtl_opt_pass {
public:
	lkmm_legs_pass(gcc::context *ctxt)
		: rtl_opt_pass(lkmm_legs_data, ctxt) {}
	bool gate(function *) final override
	{
		return optimize && !seen_error() && reload_completed &&
		       !lkmm_opt.check && lkmm_arch()->keep &&
		       lkmm_arch()->legs_late;
	}
	unsigned int execute(function *fn) final override
	{
		return lkmm_drop_legs_fn(fn);
	}
};

} /* namespace */

opt_pass *lkmm_make_drop_pass(gcc::context *ctxt)
{
	return new lkmm_drop_pass(ctxt);
}

opt_pass *lkmm_make_widen_pass(gcc::context *ctxt)
{
	return new lkmm_widen_pass(ctxt);
}

opt_pass *lkmm_make_legs_pass(gcc::context *ctxt)
{
	return new lkmm_legs_pass(ctxt);
}

opt_pass *lkmm_make_unhide_pass(gcc::context *ctxt)
{
	return new lkmm_unhide_pass(ctxt);
}
