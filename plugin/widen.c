// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * widen.c - an opaque copy of a value kept extended in its register
 * copies the whole register, so that it costs no extension.
 *
 * The pass lkmm_widen runs right after expansion, before the register
 * allocator.  Where a target
 * keeps a value narrower than a register extended in it (PROMOTE_MODE:
 * an int lives sign-extended in a 64-bit pseudo on RISC-V and 64-bit
 * PowerPC), GCC expands an opaque copy of it as a copy of the low part,
 * then extends the copy's output again (sext.w, extsw): an asm's output
 * could hold anything above its mode.  The copy returns its input
 * unchanged, and that input was extended the same way already (its
 * promoted subreg says so), so the copy is made of the whole register
 * instead: the extension becomes a register move the allocator
 * coalesces, and the copy takes the shape unhide.c removes after block
 * reordering.  The comparison still reads the copy, so it still teaches
 * GCC nothing.
 */
#include "lkmm-plugin.h"
#include "insn-config.h"
#include "recog.h"
#include "df.h"
#include "emit-rtl.h"

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
	rtx set, src, in, out, sset, ext, wide;
	rtx_insn *s;
	machine_mode wmode;
	unsigned kind = lkmm_rtl_asm_kind(h, &set);

	/* A hide, or a head copy (heads.c): both copy their input as it is. */
	if (!set || !(kind == LKMM_ASM_HIDE ||
		      LKMM_ASM_KIND(kind) == LKMM_ASM_HEAD))
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

namespace {

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

} /* namespace */

static bool lkmm_widen_gate(function *)
{
	return !seen_error() && lkmm_changes_code();
}

opt_pass *lkmm_make_widen_pass(gcc::context *ctxt)
{
	return new lkmm_opt_pass<rtl_opt_pass>(lkmm_widen_data, ctxt,
					lkmm_widen_gate, lkmm_widen_fn);
}
