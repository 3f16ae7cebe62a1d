// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify-rtl.c - the verifier's reading of the RTL: the registers a head's
 * value reaches, and which insns are heads, dependent accesses and fences.
 * verify.c runs the dataflow and verify-match.c matches the expectations.
 *
 * Algorithm.  On the blocks of verify-blocks.c, per head, a forward
 * may-dataflow
 * over hard registers: BAD holds the registers that, on some path since
 * the head, do not hold a head-derived value; SEEN says a path from the
 * head exists, UNGUARDED that one has passed no head-derived branch,
 * UNFENCED no mb.  The head load makes every register but its destination
 * bad; a set makes its destination bad when no register in the source is
 * good (a load from a derived address is derived; a reload from the stack
 * is taken as good, as is anything unknown: better to miss an exotic case
 * than to warn on correct code); a call makes the registers its callee
 * clobbers bad (with -fipa-ra, what that callee really clobbers).  A head
 * wider than a register is several loads in a row, together the head.
 * Joins take the union, so one bad path is enough, with one exception: a
 * register may hold, on the paths where it is not derived, what another
 * head loaded (a walk begun again from its first load, the first element
 * of a safe walk, j = jiffies + 1 again for the next CPU), and there the
 * source depends on that head, not this one.  So LOST (followed from the
 * entry, before the head too) holds the registers that on some path hold
 * no head's value at all, and SOME those derived on some path; a value is
 * broken when it is bad and either lost or derived on no path.  As SOME
 * grows, verify.c checks the accesses once the dataflow is stable.
 */
#include "verify.h"

/* ---- the dataflow ---- */

bool lkmm_vstate_union(struct lkmm_vstate *to, const struct lkmm_vstate *from)
{
	struct lkmm_vstate old = *to;

	to->bad |= from->bad;
	to->lost |= from->lost;
	to->some |= from->some;
	to->raw |= from->raw;
	to->seen |= from->seen;
	to->unguarded |= from->unguarded;
	to->unfenced |= from->unfenced;
	to->straight |= from->straight;
	to->unordered |= from->unordered;
	return !(old.bad == to->bad) || !(old.lost == to->lost) ||
	       !(old.some == to->some) || !(old.raw == to->raw) ||
	       old.seen != to->seen ||
	       old.unguarded != to->unguarded || old.unfenced != to->unfenced ||
	       old.straight != to->straight ||
	       old.unordered != to->unordered;
}

static bool lkmm_frame_reg_p(const_rtx x)
{
	return REG_P(x) && (x == stack_pointer_rtx || x == frame_pointer_rtx ||
			    x == hard_frame_pointer_rtx || x == arg_pointer_rtx);
}

/* A stack slot: the reload of a spilled value. */
bool lkmm_stack_mem_p(const_rtx mem)
{
	rtx a = XEXP(mem, 0);

	if (GET_CODE(a) == PLUS || GET_CODE(a) == LO_SUM ||
	    GET_CODE(a) == PRE_MODIFY || GET_CODE(a) == POST_MODIFY)
		a = XEXP(a, 0);
	if (GET_RTX_CLASS(GET_CODE(a)) == RTX_AUTOINC)
		a = XEXP(a, 0);
	return lkmm_frame_reg_p(a);
}

/* An UNSPEC that only wraps an address, a load or registers: PowerPC's
 * TOC-relative (unspec [sym r2] UNSPEC_TOCREL), nested or under a
 * HIGH/LO_SUM, a GOT entry, a power8 fused addis+load (unspec [(mem ...)]
 * UNSPEC_FUSION_*), 32-bit ARM's PIC add of the pc (unspec [r3 4 9]
 * UNSPEC_PIC_BASE).  Its value is that of the address, the load or the
 * registers inside, no more derived than its registers.  Taken as unknown
 * (good) it hid every dependency broken on PowerPC, and on ARM those
 * through a PIC address (&head in a list walk). */
static bool lkmm_reloc_unspec_p(const_rtx x)
{
	subrtx_iterator::array_type array;
	bool seen = false;

	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx y = *iter;

		if (GET_CODE(y) == UNSPEC_VOLATILE || GET_CODE(y) == ASM_OPERANDS)
			return false;
		if (GET_CODE(y) == SYMBOL_REF || GET_CODE(y) == LABEL_REF ||
		    MEM_P(y) || REG_P(y))
			seen = true;
	}
	return seen;
}

static bool lkmm_access_mem_p(const_rtx x);

/* Is X computed from no register outside SET?  With HEADS, a volatile
 * load (another head's) is outside too. */
static bool lkmm_value_in(const HARD_REG_SET &set, const_rtx x, bool heads)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx y = *iter;

		if (REG_P(y) && HARD_REGISTER_P(y)) {
			unsigned r, end = END_REGNO(y);

			for (r = REGNO(y); r < end; r++)
				if (!TEST_HARD_REG_BIT(set, r))
					return false;
		} else if (REG_P(y)) {
			return false;	/* a pseudo: not our business */
		} else if (MEM_P(y) && lkmm_stack_mem_p(y)) {
			return false;
		} else if (heads && lkmm_access_mem_p(y)) {
			return false;
		} else if (GET_CODE(y) == UNSPEC && lkmm_reloc_unspec_p(y)) {
			continue;	/* a relocation: look at its registers */
		} else if (GET_CODE(y) == UNSPEC || GET_CODE(y) == UNSPEC_VOLATILE ||
			   GET_CODE(y) == ASM_OPERANDS) {
			return false;	/* unknown: assume good */
		}
	}
	return true;
}

/* Is X computed from no head-derived register (on some path)? */
bool lkmm_value_bad(const struct lkmm_vstate *s, const_rtx x)
{
	return s->seen && lkmm_value_in(s->bad, x, false);
}

/* Does X read a register derived from the head on some path? */
static bool lkmm_value_some(const struct lkmm_vstate *s, const_rtx x)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, x, ALL)
		if (REG_P(*iter) && HARD_REGISTER_P(*iter) &&
		    overlaps_hard_reg_set_p(s->some, GET_MODE(*iter),
					    REGNO(*iter)))
			return true;
	return false;
}

/* Is X computed from a register that holds a head-derived value on every
 * path from the head (the dependency itself, no guard nor fence)? */
bool lkmm_value_derived(const struct lkmm_vstate *s, const_rtx x)
{
	return s->seen && !lkmm_value_bad(s, x) && lkmm_value_some(s, x);
}

/* Is X, the address or value of a dependent access or a branch's
 * condition, broken: bad, and lost on some path or derived on none? */
bool lkmm_value_broken(const struct lkmm_vstate *s, const_rtx x)
{
	return lkmm_value_bad(s, x) &&
	       (lkmm_value_in(s->lost, x, true) || !lkmm_value_some(s, x));
}

static void lkmm_set_bit(HARD_REG_SET *set, unsigned r, bool on,
			 bool partial)
{
	if (on && !partial)
		SET_HARD_REG_BIT(*set, r);
	else if (!on)
		CLEAR_HARD_REG_BIT(*set, r);
}

/* DEST is BAD, LOST and SOME as lkmm_vstate says; a PARTIAL set (a
 * subreg) leaves what it cannot clear. */
static void lkmm_set_reg3(struct lkmm_vstate *s, rtx dest, bool bad,
			  bool lost, bool some, bool partial)
{
	unsigned r, end;

	if (!REG_P(dest) || !HARD_REGISTER_P(dest))
		return;
	end = END_REGNO(dest);
	for (r = REGNO(dest); r < end; r++) {
		lkmm_set_bit(&s->bad, r, bad, partial);
		lkmm_set_bit(&s->lost, r, lost, partial);
		if (some)
			SET_HARD_REG_BIT(s->some, r);
		else if (!partial)
			CLEAR_HARD_REG_BIT(s->some, r);
	}
}

static void lkmm_set_reg(struct lkmm_vstate *s, rtx dest, bool bad,
			 bool partial)
{
	lkmm_set_reg3(s, dest, bad, bad, !bad, partial);
}

/* lkmm_value_bad, lkmm_value_in (LOST, with heads) and lkmm_value_some of
 * X, in one walk: a set's source is read once per head's dataflow. */
static void lkmm_value_scan(const struct lkmm_vstate *s, const_rtx x,
			    bool *bad, bool *lost, bool *some)
{
	subrtx_iterator::array_type array;

	*bad = s->seen;
	*lost = true;
	*some = false;
	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx y = *iter;

		if (REG_P(y) && HARD_REGISTER_P(y)) {
			unsigned r, end = END_REGNO(y);

			for (r = REGNO(y); r < end; r++) {
				*bad &= TEST_HARD_REG_BIT(s->bad, r);
				*lost &= TEST_HARD_REG_BIT(s->lost, r);
				*some |= TEST_HARD_REG_BIT(s->some, r);
			}
		} else if (REG_P(y) || (MEM_P(y) && lkmm_stack_mem_p(y))) {
			*bad = *lost = false;
		} else if (lkmm_access_mem_p(y)) {
			*lost = false;
		} else if (GET_CODE(y) == UNSPEC && lkmm_reloc_unspec_p(y)) {
			continue;
		} else if (GET_CODE(y) == UNSPEC || GET_CODE(y) == UNSPEC_VOLATILE ||
			   GET_CODE(y) == ASM_OPERANDS) {
			*bad = *lost = false;
		}
	}
}

static void lkmm_do_set(struct lkmm_vstate *s, const_rtx set)
{
	rtx dest = SET_DEST(set);
	bool partial = false, bad, lost, some;

	while (GET_CODE(dest) == SUBREG || GET_CODE(dest) == STRICT_LOW_PART ||
	       GET_CODE(dest) == ZERO_EXTRACT) {
		partial = true;
		dest = XEXP(dest, 0);
	}
	if (!REG_P(dest) || !HARD_REGISTER_P(dest))
		return;		/* a store: no register changes */
	lkmm_value_scan(s, SET_SRC(set), &bad, &lost, &some);
	lkmm_set_reg3(s, dest, bad, lost, (s->seen && !bad) || some, partial);
}

/* The insn's effect on the registers (not the head's own). */
void lkmm_vtransfer(struct lkmm_vstate *s, rtx_insn *insn)
{
	rtx pat = PATTERN(insn);
	int i;

	if (GET_CODE(pat) == COND_EXEC)
		pat = COND_EXEC_CODE(pat);
	if (CALL_P(insn)) {
		/* The callee's own clobbers: with -fipa-ra a local callee
		 * may leave a head-derived caller-saved register alone. */
		HARD_REG_SET clob = insn_callee_abi(insn).full_and_partial_reg_clobbers() |
				    fixed_reg_set;

		s->bad |= clob;
		s->lost |= clob;
		s->some &= ~clob;
	}
	if (GET_CODE(pat) == SET) {
		lkmm_do_set(s, pat);
	} else if (GET_CODE(pat) == PARALLEL) {
		for (i = 0; i < XVECLEN(pat, 0); i++) {
			rtx x = XVECEXP(pat, 0, i);

			if (GET_CODE(x) == SET)
				lkmm_do_set(s, x);
			else if (GET_CODE(x) == CLOBBER)
				lkmm_set_reg(s, XEXP(x, 0), true, false);
		}
	} else if (GET_CODE(pat) == CLOBBER) {
		lkmm_set_reg(s, XEXP(pat, 0), true, false);
	}
}

/* A volatile access of a scalar: not the BLKmode scratch of a barrier. */
static bool lkmm_access_mem_p(const_rtx x)
{
	return MEM_P(x) && MEM_VOLATILE_P(x) && GET_MODE(x) != BLKmode &&
	       GET_CODE(XEXP(x, 0)) != SCRATCH;
}

/* INSN's single set, also when it is conditionally executed (32-bit ARM's
 * ldrne/strne: a predicated access is an access like any other, and its
 * predicate is no branch, docs/architectures.md). */
rtx lkmm_single_set(rtx_insn *insn)
{
	rtx pat = PATTERN(insn);

	if (GET_CODE(pat) == COND_EXEC && GET_CODE(COND_EXEC_CODE(pat)) == SET)
		return COND_EXEC_CODE(pat);
	return single_set(insn);
}

/* The volatile MEM INSN reads (STORE false) or writes (STORE true). */
rtx lkmm_volatile_mem(rtx_insn *insn, bool store)
{
	subrtx_var_iterator::array_type array;
	rtx set = lkmm_single_set(insn);

	if (!set)
		return NULL_RTX;
	if (store)
		return lkmm_access_mem_p(SET_DEST(set)) ? SET_DEST(set) : NULL_RTX;
	FOR_EACH_SUBRTX_VAR(iter, array, SET_SRC(set), ALL)
		if (lkmm_access_mem_p(*iter))
			return *iter;
	return NULL_RTX;
}

/* A plain access of a scalar other threads may see: not volatile, not a
 * frame or stack slot, not read-only (constant pool, GOT, const data:
 * nothing to order). */
static bool lkmm_plain_mem_p(const_rtx x)
{
	return MEM_P(x) && !MEM_VOLATILE_P(x) && !MEM_READONLY_P(x) &&
	       GET_MODE(x) != BLKmode && GET_CODE(XEXP(x, 0)) != SCRATCH &&
	       !lkmm_stack_mem_p(x);
}

/* Does MEM read what E's statement reads (its field, or its type)? */
bool lkmm_mem_matches(const_rtx mem, const struct lkmm_expect *e)
{
	tree t = MEM_EXPR(mem);
	int field, type, base;

	if (!t || !TREE_TYPE(t))
		return false;
	lkmm_ref_ids(t, &field, &type, &base);
	return field == e->field && type == e->type;
}

/*
 * The plain MEMs INSN reads (STORE false) or writes (STORE true), into
 * MEMS, with the values written into VALS; their number.  A load pair
 * (ldp, stp) has two.  Calls and asms stand for no plain access.  With
 * MATCH, only the loads that read what MATCH's statement reads.
 */
unsigned lkmm_plain_mems(rtx_insn *insn, bool store, rtx *mems, rtx *vals,
			 const struct lkmm_expect *match)
{
	subrtx_var_iterator::array_type array;
	rtx pat = PATTERN(insn), set;
	unsigned n = 0;
	int i, len;

	if (CALL_P(insn) || GET_CODE(pat) == ASM_INPUT ||
	    extract_asm_operands(pat))
		return 0;
	if (GET_CODE(pat) == COND_EXEC)
		pat = COND_EXEC_CODE(pat);
	len = GET_CODE(pat) == PARALLEL ? XVECLEN(pat, 0) : 1;
	for (i = 0; i < len; i++) {
		set = GET_CODE(pat) == PARALLEL ? XVECEXP(pat, 0, i) : pat;
		if (GET_CODE(set) != SET)
			continue;
		if (store) {
			if (n < LKMM_VERIFY_MEMS_MAX && lkmm_plain_mem_p(SET_DEST(set))) {
				mems[n] = SET_DEST(set);
				vals[n++] = SET_SRC(set);
			}
			continue;
		}
		FOR_EACH_SUBRTX_VAR(iter, array, SET_SRC(set), ALL)
			if (n < LKMM_VERIFY_MEMS_MAX && lkmm_plain_mem_p(*iter) &&
			    (!match || lkmm_mem_matches(*iter, match))) {
				mems[n] = *iter;
				vals[n++] = NULL_RTX;
			}
	}
	return n;
}

/* Is INSN the copy of the return value into the return register, at the
 * closing brace (construct_exit_block gives it the function's end)?  A
 * returned load may be merged into it (combine on PowerPC: ld 3,8(10)
 * at the brace), and then it is that load's insn. */
bool lkmm_return_copy_p(rtx_insn *insn)
{
	rtx set, ret = crtl->return_rtx;

	if (!ret || !REG_P(ret) || lkmm_locus(insn) == UNKNOWN_LOCATION ||
	    lkmm_locus(insn) != LOCATION_LOCUS(cfun->function_end_locus))
		return false;
	set = lkmm_single_set(insn);
	return set && REG_P(SET_DEST(set)) &&
	       REGNO(SET_DEST(set)) == REGNO(ret);
}

/* Is INSN, a return copy, the load of what E, a returned load, reads? */
bool lkmm_return_load_p(rtx_insn *insn, const struct lkmm_expect *e)
{
	rtx mems[LKMM_VERIFY_MEMS_MAX], vals[LKMM_VERIFY_MEMS_MAX], mem;

	if (!e->returned || (e->field < 0 && e->type < 0))
		return false;
	if (e->kind == LKMM_VDEP_PLAIN_LOAD)
		return lkmm_plain_mems(insn, false, mems, vals, e) != 0;
	mem = lkmm_volatile_mem(insn, false);
	return mem && lkmm_mem_matches(mem, e);
}

/* Is INSN a load-acquire or an asm (a promoted head)?  Relaxed __atomic
 * loads are unspec_volatiles with a relaxed model operand. */
bool lkmm_ordered_head_p(rtx_insn *insn)
{
	subrtx_iterator::array_type array;

	FOR_EACH_SUBRTX(iter, array, PATTERN(insn), ALL) {
		const_rtx y = *iter;

		if (GET_CODE(y) == ASM_OPERANDS || GET_CODE(y) == ASM_INPUT)
			return true;
		if (GET_CODE(y) == UNSPEC_VOLATILE) {
			int k;
			bool relaxed = false;

			for (k = 0; k < XVECLEN(y, 0); k++) {
				rtx op = XVECEXP(y, 0, k);

				if (CONST_INT_P(op) &&
				    memmodel_base(INTVAL(op)) == MEMMODEL_RELAXED)
					relaxed = true;
			}
			if (!relaxed)
				return true;
		}
	}
	return false;
}

/* The target's fence (Alpha's mb), or an asm that says it (arch.c). */
/* INSN's instruction text: an asm's, or a fixed template (NULL if
 * none). */
static const char *lkmm_insn_text(rtx_insn *insn)
{
	rtx pat = PATTERN(insn);

	if (GET_CODE(pat) == ASM_INPUT)
		return XSTR(pat, 0);
	if (rtx a = extract_asm_operands(pat))
		return ASM_OPERANDS_TEMPLATE(a);
	if (INSN_CODE(insn) >= 0 &&
	    insn_data[INSN_CODE(insn)].output_format ==
	    INSN_OUTPUT_FORMAT_SINGLE)
		/* Only a fixed template: an output function may assert
		 * on operands final has not extracted yet. */
		return insn_data[INSN_CODE(insn)].output.single;
	return NULL;
}

bool lkmm_mb_p(rtx_insn *insn)
{
	const char *t = lkmm_insn_text(insn);

	return t && lkmm_arch_fence_text_p(t);
}

/* A fence that orders every earlier load before every later access. */
bool lkmm_order_fence_p(rtx_insn *insn)
{
	const char *t = INSN_P(insn) && !DEBUG_INSN_P(insn) &&
			!CALL_P(insn) ? lkmm_insn_text(insn) : NULL;

	return t && lkmm_arch_order_text_p(t);
}

location_t lkmm_locus(rtx_insn *insn)
{
	return INSN_P(insn) ? LOCATION_LOCUS(INSN_LOCATION(insn))
			    : UNKNOWN_LOCATION;
}

bool lkmm_head_insn_p(rtx_insn *insn, location_t head)
{
	return INSN_P(insn) && lkmm_locus(insn) == head &&
	       !CALL_P(insn) && lkmm_volatile_mem(insn, false);
}

/* The volatile MEM INSN loads (else NULL). */
rtx lkmm_vload_expr(rtx_insn *insn)
{
	rtx mem;

	if (!INSN_P(insn) || DEBUG_INSN_P(insn) || CALL_P(insn))
		return NULL_RTX;
	mem = lkmm_volatile_mem(insn, false);
	return mem && MEM_VOLATILE_P(mem) &&
	       (!MEM_EXPR(mem) || MEM_OFFSET_KNOWN_P(mem)) ? mem : NULL_RTX;
}

/* Do the loads A and B read the same place through the same expression
 * (the same SSA name for the address: the same value)?  Cross-jumping
 * that merges two loads with different expressions drops the MEM_EXPR
 * (merge_memattrs: the head expanded in both arms of an if, hoisted
 * into one load); then the same address and alias set. */
bool lkmm_same_load_p(rtx_insn *a, rtx_insn *b)
{
	rtx x = lkmm_vload_expr(a), y = lkmm_vload_expr(b);

	if (!x || !y || GET_MODE(x) != GET_MODE(y))
		return false;
	if (!MEM_EXPR(x) || !MEM_EXPR(y))
		return MEM_ALIAS_SET(x) == MEM_ALIAS_SET(y) &&
		       rtx_equal_p(XEXP(x, 0), XEXP(y, 0));
	return known_eq(MEM_OFFSET(x), MEM_OFFSET(y)) &&
	       operand_equal_p(MEM_EXPR(x), MEM_EXPR(y),
			       OEP_MATCH_SIDE_EFFECTS);
}

/* What the head INSN loads is head-derived: every register it sets. */
void lkmm_head_dests(struct lkmm_vstate *s, rtx_insn *insn)
{
	rtx pat = PATTERN(insn);
	int i;

	if (GET_CODE(pat) == SET) {
		lkmm_set_reg(s, SET_DEST(pat), false, false);
	} else if (GET_CODE(pat) == PARALLEL) {
		for (i = 0; i < XVECLEN(pat, 0); i++)
			if (GET_CODE(XVECEXP(pat, 0, i)) == SET)
				lkmm_set_reg(s, SET_DEST(XVECEXP(pat, 0, i)),
					     false, false);
	}
}

