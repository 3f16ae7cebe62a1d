// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify-fence.c - on Alpha, which values a dependent load's address may
 * come from without a fence: those a head loaded since the last mb.
 *
 * A path from the head with no mb since it (UNFENCED) is not enough to
 * call a dependent load unordered: an inline head expanded a second time,
 * its value only a call's argument (task_cpu() for cpus() in
 * set_cpus_allowed_dl()), starts such a path, but the loads after it go
 * through registers an earlier expansion's chain filled, each load of it
 * followed by its mb.  An mb orders every load before it before every
 * load after it, so what matters is the address: RAW holds the registers
 * that on some path hold a value loaded by the head, or computed or loaded
 * from such a value, since the last mb.  A stack slot counts as raw (a
 * spilled value may be one): better a warning too many than a broken
 * fence missed.
 */
#include "verify.h"

/* Does X read a raw register or a stack slot? */
bool lkmm_value_raw(const struct lkmm_vstate *s, const_rtx x)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx y = *iter;

		if (REG_P(y) && HARD_REGISTER_P(y) &&
		    overlaps_hard_reg_set_p(s->raw, GET_MODE(y), REGNO(y)))
			return true;
		if (MEM_P(y) && lkmm_stack_mem_p(y))
			return true;
	}
	return false;
}

/* SET makes its destination raw when its source reads a raw value. */
static void lkmm_raw_set(struct lkmm_vstate *s, const_rtx set, bool head)
{
	rtx dest = SET_DEST(set);
	bool partial = false;

	while (GET_CODE(dest) == SUBREG || GET_CODE(dest) == STRICT_LOW_PART ||
	       GET_CODE(dest) == ZERO_EXTRACT) {
		partial = true;
		dest = XEXP(dest, 0);
	}
	if (!REG_P(dest) || !HARD_REGISTER_P(dest))
		return;
	if (head || lkmm_value_raw(s, SET_SRC(set)))
		add_to_hard_reg_set(&s->raw, GET_MODE(dest), REGNO(dest));
	else if (!partial)
		remove_from_hard_reg_set(&s->raw, GET_MODE(dest), REGNO(dest));
}

/* INSN's effect on RAW: a head's destinations become raw, an mb clears
 * it, a call's clobbers leave it. */
void lkmm_vraw(struct lkmm_vstate *s, rtx_insn *insn, bool head)
{
	rtx pat = PATTERN(insn);
	int i;

	if (!head && lkmm_mb_p(insn)) {
		CLEAR_HARD_REG_SET(s->raw);
		return;
	}
	if (GET_CODE(pat) == COND_EXEC)
		pat = COND_EXEC_CODE(pat);
	if (CALL_P(insn))
		s->raw &= ~insn_callee_abi(insn).full_and_partial_reg_clobbers();
	if (GET_CODE(pat) == SET) {
		lkmm_raw_set(s, pat, head);
	} else if (GET_CODE(pat) == PARALLEL) {
		for (i = 0; i < XVECLEN(pat, 0); i++)
			if (GET_CODE(XVECEXP(pat, 0, i)) == SET)
				lkmm_raw_set(s, XVECEXP(pat, 0, i), head);
	}
}
