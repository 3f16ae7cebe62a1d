// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify-blocks.c - the insn stream as blocks, for the verifier's
 * dataflow (verify.c, verify-rtl.c).
 *
 * The CFG is gone before final, so the pass cuts the insn stream into
 * blocks itself: labels start blocks, jumps end them, a barrier stops
 * fall-through.  It gives up on a function with a computed jump or a
 * delay-slot sequence (the dependencies there are not checked, and the
 * dump file says so).  The blocks are in insn order: verify.c runs them
 * lowest first.
 */
#include "verify.h"

static bool lkmm_add_label_succ(struct lkmm_vfn *f, struct lkmm_vblock *b,
				rtx label)
{
	if (label && GET_CODE(label) == LABEL_REF)
		label = label_ref_label(label);
	if (!label || !LABEL_P(label) ||
	    (unsigned)INSN_UID(label) >= f->label_block.length() ||
	    f->label_block[INSN_UID(label)] < 0)
		return false;
	b->succs.safe_push(f->label_block[INSN_UID(label)]);
	return true;
}

/* The successors of block I: the targets of the jump that ends it, and
 * the next block unless a barrier stops the fall-through; false for a
 * jump whose targets are not known (a computed jump). */
static bool lkmm_block_succs(struct lkmm_vfn *f, unsigned i)
{
	struct lkmm_vblock *bl = f->blocks[i];
	rtx_insn *last = NULL;
	unsigned j;

	for (j = bl->first; j <= bl->last; j++)
		if (INSN_P(f->insns[j]))
			last = f->insns[j];
	if (last && JUMP_P(last)) {
		rtx_jump_table_data *table;
		rtx lab, asmop;

		if (tablejump_p(last, NULL, &table)) {
			rtx pat = PATTERN(table);
			rtvec v = XVEC(pat, GET_CODE(pat) == ADDR_DIFF_VEC);
			int k;

			for (k = 0; k < GET_NUM_ELEM(v); k++)
				if (!lkmm_add_label_succ(f, bl, RTVEC_ELT(v, k)))
					return false;
		} else if ((asmop = extract_asm_operands(PATTERN(last)))) {
			int k;

			for (k = 0; k < ASM_OPERANDS_LABEL_LENGTH(asmop); k++)
				if (!lkmm_add_label_succ(f, bl,
					ASM_OPERANDS_LABEL(asmop, k)))
					return false;
		} else {
			lab = JUMP_LABEL(last);
			if (!lab)
				return false;
			if (!ANY_RETURN_P(lab) && !lkmm_add_label_succ(f, bl, lab))
				return false;
		}
	}
	/* Fall through unless a barrier ends the block. */
	if (!bl->nofall && i + 1 < f->blocks.length())
		bl->succs.safe_push(i + 1);
	return true;
}

/* Cut the insn stream into blocks; false when the function is beyond us. */
bool lkmm_build_blocks(struct lkmm_vfn *f)
{
	rtx_insn *insn;
	struct lkmm_vblock *b = NULL;
	bool ended = false;
	unsigned i, n;

	n = MIN((unsigned)get_max_uid(), LKMM_VERIFY_INSNS_MAX + 1);
	f->insns.reserve_exact(n);
	f->loci.reserve_exact(n);
	for (insn = get_insns(); insn; insn = NEXT_INSN(insn)) {
		if (INSN_P(insn) && GET_CODE(PATTERN(insn)) == SEQUENCE)
			return false;
		f->insns.safe_push(insn);
		f->loci.safe_push(lkmm_locus(insn));
		f->orders.safe_push(lkmm_order_fence_p(insn));
		if (f->insns.length() > LKMM_VERIFY_INSNS_MAX)
			return false;
	}
	f->label_block.safe_grow(get_max_uid() + 1);
	for (i = 0; i < f->label_block.length(); i++)
		f->label_block[i] = -1;

	n = f->insns.length();
	for (i = 0; i < n; i++) {
		insn = f->insns[i];
		if (!b || LABEL_P(insn) || (ended && INSN_P(insn))) {
			b = new lkmm_vblock;
			b->first = b->last = i;
			b->nofall = false;
			f->blocks.safe_push(b);
			ended = false;
		}
		b->last = i;
		if (LABEL_P(insn))
			f->label_block[INSN_UID(insn)] = f->blocks.length() - 1;
		if (JUMP_P(insn))
			ended = true;
		if (BARRIER_P(insn))
			b->nofall = ended = true;
	}

	f->forward = true;
	for (i = 0; i < f->blocks.length(); i++) {
		if (!lkmm_block_succs(f, i))
			return false;
		for (unsigned k = 0; k < f->blocks[i]->succs.length(); k++)
			f->forward &= f->blocks[i]->succs[k] > i;
	}
	return true;
}
