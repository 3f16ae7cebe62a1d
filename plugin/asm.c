// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * asm.c - the asm statements lkmm inserts, and recognizing them (in
 * GIMPLE, and in RTL for the passes after expansion).
 *
 * lkmm protects dependencies with GIMPLE statements that every later pass
 * (and LTO streaming) already respects: inline asm.  Each has an empty
 * template, so it emits no instruction and no text, and an "i" input
 * LKMM_ASM_MAGIC | kind so that later passes (and the late run of the same
 * pass after IPA inlining) can tell them from user asm:
 *
 *   copy (LKMM_ASM_HIDE, LKMM_ASM_HEAD | flags)
 *       h = asm ("" : "=r" (h) : "0" (v), "i" (magic));
 *     An opaque copy of v.  GCC knows nothing of h, so a comparison made
 *     on h teaches it nothing about v (hide), and an explicit head stays
 *     visible as a head after its variable is gone (head).
 *
 *   leg (LKMM_ASM_LEG)
 *       asm volatile ("" :: "i" (magic), "i" (id) [: "memory"]);
 *     Placed first in a leg.  The id makes the two legs of a branch
 *     differ, so neither tail-merge nor crossjumping can merge them and
 *     remove the branch; being volatile, nothing volatile moves above it,
 *     and head merging of the legs stops at it.
 *
 * and one with text, where the target's acquire load is an asm
 * (arch.c: ldapr on ARMv8 with RCpc, load + fence r,rw on RISC-V):
 *
 *   acquire (LKMM_ASM_ACQUIRE)
 *       h = asm volatile (TEMPL : "=r" (h) : MEM (*p), "i" (magic)
 *                         : "memory");
 *     The head load itself.  Its text is the load; the magic only says
 *     it is ours (lkmm_asm_acquire_p()); lkmm_asm_kind() gives 0 for it,
 *     as for a user asm, since it stands for a memory access.
 */
#include "lkmm-plugin.h"

static tree lkmm_asm_op(const char *constraint, tree val)
{
	tree c = build_string(strlen(constraint) + 1, constraint);

	return build_tree_list(build_tree_list(NULL_TREE, c), val);
}

static tree lkmm_asm_magic(unsigned kind)
{
	return build_int_cst(unsigned_type_node, LKMM_ASM_MAGIC | kind);
}

/*
 * Insert an opaque copy of VAL before (or after) GSI and return it, or
 * NULL_TREE when VAL does not fit one general register.
 */
tree lkmm_asm_copy(gimple_stmt_iterator *gsi, tree val, unsigned kind,
		   bool after)
{
	tree type = TREE_TYPE(val), h;
	vec<tree, va_gc> *in = NULL, *out = NULL;
	gasm *g;

	if (!(INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type)) ||
	    !tree_fits_uhwi_p(TYPE_SIZE(type)) ||
	    tree_to_uhwi(TYPE_SIZE(type)) > BITS_PER_WORD)
		return NULL_TREE;

	h = make_ssa_name(type);
	vec_safe_push(out, lkmm_asm_op("=r", h));
	vec_safe_push(in, lkmm_asm_op("0", val));
	vec_safe_push(in, lkmm_asm_op("i", lkmm_asm_magic(kind)));
	g = gimple_build_asm_vec("", in, out, NULL, NULL);
	SSA_NAME_DEF_STMT(h) = g;
	gimple_set_location(g, gimple_location(gsi_stmt(*gsi)));
	if (after)
		gsi_insert_after(gsi, g, GSI_NEW_STMT);
	else
		gsi_insert_before(gsi, g, GSI_SAME_STMT);
	return h;
}

gasm *lkmm_asm_leg(unsigned id, bool clobber)
{
	vec<tree, va_gc> *in = NULL, *clob = NULL;
	gasm *g;

	vec_safe_push(in, lkmm_asm_op("i", lkmm_asm_magic(LKMM_ASM_LEG)));
	vec_safe_push(in, lkmm_asm_op("i", build_int_cst(unsigned_type_node, id)));
	if (clobber)
		vec_safe_push(clob, build_tree_list(NULL_TREE,
						    build_string(7, "memory")));
	g = gimple_build_asm_vec("", in, NULL, clob, NULL);
	gimple_asm_set_volatile(g, true);
	return g;
}

/* The load-acquire asm A (arch.c) for LHS = REF, in place of a head. */
gasm *lkmm_asm_acquire(const struct lkmm_acq_load *a, tree lhs, tree ref)
{
	vec<tree, va_gc> *in = NULL, *out = NULL, *clob = NULL;
	gasm *g;

	vec_safe_push(out, lkmm_asm_op("=r", lhs));
	vec_safe_push(in, lkmm_asm_op(a->mem, ref));
	vec_safe_push(in, lkmm_asm_op("i", lkmm_asm_magic(LKMM_ASM_ACQUIRE)));
	vec_safe_push(clob, build_tree_list(NULL_TREE,
					    build_string(7, "memory")));
	g = gimple_build_asm_vec(a->templ, in, out, clob, NULL);
	gimple_asm_set_volatile(g, true);
	SSA_NAME_DEF_STMT(lhs) = g;
	return g;
}

/* The kind in G's LKMM_ASM_MAGIC input, or 0: G is not ours. */
static unsigned lkmm_asm_mark(const gasm *g)
{
	unsigned i;

	for (i = 0; i < gimple_asm_ninputs(g); i++) {
		tree v = TREE_VALUE(gimple_asm_input_op(g, i));

		if (TREE_CODE(v) == INTEGER_CST && tree_fits_uhwi_p(v) &&
		    (tree_to_uhwi(v) & ~0xffu) == LKMM_ASM_MAGIC)
			return tree_to_uhwi(v) & 0xffu;
	}
	return 0;
}

/* Is STMT a head lkmm promoted to an acquire asm? */
bool lkmm_asm_acquire_p(const gimple *stmt)
{
	const gasm *g = dyn_cast<const gasm *>(stmt);

	return g && lkmm_asm_mark(g) == LKMM_ASM_ACQUIRE;
}

unsigned lkmm_asm_kind(const gimple *stmt)
{
	const gasm *g = dyn_cast<const gasm *>(stmt);

	if (!g || gimple_asm_string(g)[0])
		return 0;
	return lkmm_asm_mark(g);
}

/*
 * Remove the opaque copies (LKMM_ASM_HIDE) of FN whose input KEEP (if
 * given) does not claim: each copy's uses read its input again.  Copies
 * that cannot simply go (abnormal phis, a type change) stay.
 */
void lkmm_asm_remove_hides(function *fn, bool (*keep)(tree, void *),
			   void *data)
{
	auto_vec<gasm *> hides;
	basic_block bb;
	unsigned i;
	gasm *as;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			tree in, out;

			as = dyn_cast<gasm *>(gsi_stmt(gsi));
			if (!as || lkmm_asm_kind(as) != LKMM_ASM_HIDE ||
			    gimple_asm_noutputs(as) != 1 ||
			    !gimple_asm_ninputs(as))
				continue;
			in = TREE_VALUE(gimple_asm_input_op(as, 0));
			out = TREE_VALUE(gimple_asm_output_op(as, 0));
			if (TREE_CODE(out) != SSA_NAME ||
			    SSA_NAME_OCCURS_IN_ABNORMAL_PHI(out) ||
			    !(TREE_CODE(in) == SSA_NAME ||
			      is_gimple_min_invariant(in)) ||
			    (TREE_CODE(in) == SSA_NAME &&
			     SSA_NAME_OCCURS_IN_ABNORMAL_PHI(in)) ||
			    !useless_type_conversion_p(TREE_TYPE(out),
						       TREE_TYPE(in)) ||
			    (keep && keep(in, data)))
				continue;
			hides.safe_push(as);
		}
	}
	FOR_EACH_VEC_ELT(hides, i, as) {
		gimple_stmt_iterator gsi = gsi_for_stmt(as);
		tree out = TREE_VALUE(gimple_asm_output_op(as, 0));

		replace_uses_by(out, TREE_VALUE(gimple_asm_input_op(as, 0)));
		gsi_remove(&gsi, true);
		release_ssa_name(out);
	}
}

/* In RTL (the passes after expansion: widen.c, drop-legs.c, unhide.c). */

/* The kind in ASM_OPERANDS X's LKMM_ASM_MAGIC input when its template
 * is empty, or 0. */
static unsigned lkmm_rtl_mark(rtx x)
{
	int i;

	if (GET_CODE(x) != ASM_OPERANDS || ASM_OPERANDS_TEMPLATE(x)[0])
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

/*
 * The kind of INSN when it is one of lkmm's empty asms, or 0.  A copy
 * is a single SET of a register (*SET gets it); a leg has no output.
 * The clobbers an asm may carry are looked through.
 */
unsigned lkmm_rtl_asm_kind(rtx_insn *insn, rtx *set)
{
	rtx pat = PATTERN(insn);
	int i;

	if (set)
		*set = NULL_RTX;
	if (GET_CODE(pat) == PARALLEL) {
		for (i = 1; i < XVECLEN(pat, 0); i++)
			if (GET_CODE(XVECEXP(pat, 0, i)) != CLOBBER)
				return 0;
		pat = XVECEXP(pat, 0, 0);
	}
	if (GET_CODE(pat) != SET)
		return lkmm_rtl_mark(pat);
	if (!REG_P(SET_DEST(pat)) || GET_CODE(SET_SRC(pat)) != ASM_OPERANDS ||
	    ASM_OPERANDS_OUTPUT_IDX(SET_SRC(pat)) != 0)
		return 0;
	if (set)
		*set = pat;
	return lkmm_rtl_mark(SET_SRC(pat));
}
