// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify.c - the late RTL pass that checks what was kept.
 *
 * Truth is in the machine code.  Just before final, for every dependency
 * the early pass saw (diag.c calls lkmm_verify_expect*() for it), this pass
 * checks that the RTL still orders the dependent access after its head:
 *
 *   address  the address of the dependent load or store is computed, on
 *            every path from the head, from the register the head loaded;
 *   data     the value a dependent store writes is, likewise;
 *   control  on every path from the head to a store in a leg there is a
 *            conditional jump on a head-derived register;
 *   Alpha    on every path from the head to a dependent load there is an
 *            mb (not in check mode: GCC itself never puts one there).
 * A store also counts as ordered when a head-derived branch guards it
 * (AArch64 orders it then, whatever its address and value).
 *
 * A dependency that did not survive is an lkmm-unprotected warning: in
 * normal mode a bug in lkmm, in check mode (-fplugin-arg-lkmm-check,
 * which changes no code) a place where GCC's own optimizations broke it.
 *
 * Identity.  Statements are matched with insns by source location (the
 * locus, without block), which survives every RTL pass: the head is the
 * insn at the head's locus that reads a volatile MEM.  A volatile (or
 * __atomic) dependent access is the insn at its locus that reads or
 * writes one, and every such insn must keep the dependency.  A plain one
 * (r = p->a, the commonest) is the insns at its locus that read or write
 * a plain MEM (not volatile, not read-only, not a frame or stack slot);
 * one of them keeping it is enough, as a line may hold several plain
 * accesses, not all dependent.  GCC expands a plain load at its user's
 * locus when it substitutes it there (r = p->a: the store's), so a plain
 * load no insn at its own locus stands for is looked for on its source
 * line, among the loads of the same field (or type, without one).  An
 * access no insn stands for any more (dead code, merged, moved) is not
 * checked; a head promoted to acquire (an unspec_volatile load with an
 * ordering model, or an asm) needs no dependency and is not checked
 * either.
 *
 * Algorithm.  The CFG is gone before final, so the pass cuts the insn
 * stream into blocks itself (labels start blocks, jumps end them, a
 * barrier stops fall-through); it gives up on a function with a computed
 * jump or a delay-slot sequence.  Then, per head, a forward may-dataflow
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
 * Joins take the union, so one bad path is enough.  A broken data
 * dependency is not reported on a line whose load already is (r = p->a).
 */
#include "lkmm-plugin.h"
#include "rtl-iter.h"
#include "insn-config.h"
#include "recog.h"
#include "regs.h"
#include "hard-reg-set.h"
#include "function-abi.h"

struct lkmm_expect {
	unsigned uid;		/* DECL_UID of the function */
	enum lkmm_vdep kind;
	location_t head, dep;	/* loci */
	/* What a plain load reads, to know it by away from its locus: the
	 * DECL_UID of its field, or else the TYPE_UID of its type (-1: none).
	 * UIDs, not trees: garbage collection may run between the early pass
	 * that records this and the RTL pass that reads it. */
	int field, type;
	bool byline;		/* no insn at the locus: look on its line */
	int line;
	const char *file;
};

static vec<lkmm_expect> lkmm_expects;

void lkmm_verify_expect_ref(function *fn, enum lkmm_vdep kind,
			    location_t head, location_t dep, tree ref)
{
	struct lkmm_expect e;
	unsigned i;

	if (!fn || !fn->decl || head == UNKNOWN_LOCATION ||
	    dep == UNKNOWN_LOCATION)
		return;
	memset(&e, 0, sizeof(e));
	e.field = e.type = -1;
	e.uid = DECL_UID(fn->decl);
	e.kind = kind;
	e.head = LOCATION_LOCUS(head);
	e.dep = LOCATION_LOCUS(dep);
	if (e.head == e.dep)
		return;
	if (ref && TREE_CODE(ref) == COMPONENT_REF)
		e.field = DECL_UID(TREE_OPERAND(ref, 1));
	else if (ref && TREE_TYPE(ref))
		e.type = TYPE_UID(TYPE_MAIN_VARIANT(TREE_TYPE(ref)));
	/* The early pass records a function's expectations together: only
	 * the tail can hold a duplicate. */
	for (i = lkmm_expects.length(); i-- > 0 && lkmm_expects[i].uid == e.uid; )
		if (lkmm_expects[i].kind == e.kind &&
		    lkmm_expects[i].head == e.head &&
		    lkmm_expects[i].dep == e.dep)
			return;
	lkmm_expects.safe_push(e);
}

void lkmm_verify_expect(function *fn, enum lkmm_vdep kind, location_t head,
			location_t dep)
{
	lkmm_verify_expect_ref(fn, kind, head, dep, NULL_TREE);
}

/* ---- the insn stream as blocks ---- */

struct lkmm_vblock {
	unsigned first, last;	/* indexes into the insn vector */
	bool nofall;		/* a barrier: no fall-through */
	auto_vec<unsigned, 4> succs;
};

struct lkmm_vfn {
	auto_vec<rtx_insn *> insns;
	auto_vec<lkmm_vblock *> blocks;
	auto_vec<int> label_block;	/* by INSN_UID, -1 if none */
	auto_vec<expanded_location> where;	/* by index, for byline */
	auto_vec<location_t> load_loci;	/* of plain loads, sorted */
	bool have_loci;
	lkmm_vfn() : have_loci(false) {}
	~lkmm_vfn()
	{
		unsigned i;

		for (i = 0; i < blocks.length(); i++)
			delete blocks[i];
	}
};

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

/* Cut the insn stream into blocks; false when the function is beyond us. */
static bool lkmm_build_blocks(struct lkmm_vfn *f)
{
	rtx_insn *insn;
	struct lkmm_vblock *b = NULL;
	bool ended = false;
	unsigned i, n;

	for (insn = get_insns(); insn; insn = NEXT_INSN(insn)) {
		if (INSN_P(insn) && GET_CODE(PATTERN(insn)) == SEQUENCE)
			return false;
		f->insns.safe_push(insn);
		if (f->insns.length() > 20000)
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

	for (i = 0; i < f->blocks.length(); i++) {
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
				if (!ANY_RETURN_P(lab) &&
				    !lkmm_add_label_succ(f, bl, lab))
					return false;
			}
		}
		/* Fall through unless a barrier ends the block. */
		if (!bl->nofall && i + 1 < f->blocks.length())
			bl->succs.safe_push(i + 1);
	}
	return true;
}

/* ---- the dataflow ---- */

struct lkmm_vstate {
	HARD_REG_SET bad;
	bool seen, unguarded, unfenced;
};

static bool lkmm_vstate_union(struct lkmm_vstate *to,
			      const struct lkmm_vstate *from)
{
	struct lkmm_vstate old = *to;

	to->bad |= from->bad;
	to->seen |= from->seen;
	to->unguarded |= from->unguarded;
	to->unfenced |= from->unfenced;
	return !(old.bad == to->bad) || old.seen != to->seen ||
	       old.unguarded != to->unguarded || old.unfenced != to->unfenced;
}

static bool lkmm_frame_reg_p(const_rtx x)
{
	return REG_P(x) && (x == stack_pointer_rtx || x == frame_pointer_rtx ||
			    x == hard_frame_pointer_rtx || x == arg_pointer_rtx);
}

/* A stack slot: the reload of a spilled value. */
static bool lkmm_stack_mem_p(const_rtx mem)
{
	rtx a = XEXP(mem, 0);

	if (GET_CODE(a) == PLUS || GET_CODE(a) == LO_SUM ||
	    GET_CODE(a) == PRE_MODIFY || GET_CODE(a) == POST_MODIFY)
		a = XEXP(a, 0);
	if (GET_RTX_CLASS(GET_CODE(a)) == RTX_AUTOINC)
		a = XEXP(a, 0);
	return lkmm_frame_reg_p(a);
}

/* An UNSPEC that only wraps an address or a load: PowerPC's TOC-relative
 * (unspec [sym r2] UNSPEC_TOCREL), nested or under a HIGH/LO_SUM, a GOT
 * entry, or a power8 fused addis+load (unspec [(mem ...)] UNSPEC_FUSION_*).
 * Its value is that of the address or the load inside, no more derived
 * than its registers.  Taken as unknown (good) it hid every dependency
 * broken on PowerPC. */
static bool lkmm_reloc_unspec_p(const_rtx x)
{
	subrtx_iterator::array_type array;
	bool seen = false;

	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx y = *iter;

		if (GET_CODE(y) == UNSPEC_VOLATILE || GET_CODE(y) == ASM_OPERANDS)
			return false;
		if (GET_CODE(y) == SYMBOL_REF || GET_CODE(y) == LABEL_REF ||
		    MEM_P(y))
			seen = true;
	}
	return seen;
}

/* Is X computed from no head-derived register (on some path)? */
static bool lkmm_value_bad(const struct lkmm_vstate *s, const_rtx x)
{
	subrtx_iterator::array_type array;

	if (!s->seen)
		return false;
	FOR_EACH_SUBRTX(iter, array, x, ALL) {
		const_rtx y = *iter;

		if (REG_P(y) && HARD_REGISTER_P(y)) {
			unsigned r, end = END_REGNO(y);

			for (r = REGNO(y); r < end; r++)
				if (!TEST_HARD_REG_BIT(s->bad, r))
					return false;
		} else if (REG_P(y)) {
			return false;	/* a pseudo: not our business */
		} else if (MEM_P(y) && lkmm_stack_mem_p(y)) {
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

static void lkmm_set_reg(struct lkmm_vstate *s, rtx dest, bool bad, bool partial)
{
	unsigned r, end;

	if (!REG_P(dest) || !HARD_REGISTER_P(dest))
		return;
	end = END_REGNO(dest);
	for (r = REGNO(dest); r < end; r++) {
		if (bad && !partial)
			SET_HARD_REG_BIT(s->bad, r);
		else if (!bad)
			CLEAR_HARD_REG_BIT(s->bad, r);
	}
}

static void lkmm_do_set(struct lkmm_vstate *s, const_rtx set)
{
	rtx dest = SET_DEST(set);
	bool partial = false;

	while (GET_CODE(dest) == SUBREG || GET_CODE(dest) == STRICT_LOW_PART ||
	       GET_CODE(dest) == ZERO_EXTRACT) {
		partial = true;
		dest = XEXP(dest, 0);
	}
	lkmm_set_reg(s, dest, lkmm_value_bad(s, SET_SRC(set)), partial);
}

/* The insn's effect on the registers (not the head's own). */
static void lkmm_transfer(struct lkmm_vstate *s, rtx_insn *insn)
{
	rtx pat = PATTERN(insn);
	int i;

	if (GET_CODE(pat) == COND_EXEC)
		pat = COND_EXEC_CODE(pat);
	if (CALL_P(insn) && s->seen) {
		/* The callee's own clobbers: with -fipa-ra a local callee
		 * may leave a head-derived caller-saved register alone. */
		HARD_REG_SET clob = insn_callee_abi(insn).full_and_partial_reg_clobbers();
		unsigned r;

		for (r = 0; r < FIRST_PSEUDO_REGISTER; r++)
			if (fixed_regs[r] || TEST_HARD_REG_BIT(clob, r))
				SET_HARD_REG_BIT(s->bad, r);
	}
	if (GET_CODE(pat) == SET) {
		lkmm_do_set(s, pat);
	} else if (GET_CODE(pat) == PARALLEL) {
		for (i = 0; i < XVECLEN(pat, 0); i++) {
			rtx x = XVECEXP(pat, 0, i);

			if (GET_CODE(x) == SET)
				lkmm_do_set(s, x);
			else if (GET_CODE(x) == CLOBBER && s->seen)
				lkmm_set_reg(s, XEXP(x, 0), true, false);
		}
	} else if (GET_CODE(pat) == CLOBBER && s->seen) {
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
static rtx lkmm_single_set(rtx_insn *insn)
{
	rtx pat = PATTERN(insn);

	if (GET_CODE(pat) == COND_EXEC && GET_CODE(COND_EXEC_CODE(pat)) == SET)
		return COND_EXEC_CODE(pat);
	return single_set(insn);
}

/* The volatile MEM INSN reads (STORE false) or writes (STORE true). */
static rtx lkmm_volatile_mem(rtx_insn *insn, bool store)
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

static bool lkmm_plain_kind_p(enum lkmm_vdep kind)
{
	return kind == LKMM_VDEP_PLAIN_LOAD || kind == LKMM_VDEP_PLAIN_STORE ||
	       kind == LKMM_VDEP_PLAIN_DATA;
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

#define LKMM_MAX_MEMS 4

/* Does MEM read what E's statement reads (its field, or its type)? */
static bool lkmm_mem_matches(const_rtx mem, const struct lkmm_expect *e)
{
	tree t = MEM_EXPR(mem);

	if (!t || !TREE_TYPE(t))
		return false;
	if (TREE_CODE(t) == COMPONENT_REF)
		return (int)DECL_UID(TREE_OPERAND(t, 1)) == e->field;
	return e->field < 0 &&
	       (int)TYPE_UID(TYPE_MAIN_VARIANT(TREE_TYPE(t))) == e->type;
}

/*
 * The plain MEMs INSN reads (STORE false) or writes (STORE true), into
 * MEMS, with the values written into VALS; their number.  A load pair
 * (ldp, stp) has two.  Calls and asms stand for no plain access.  With
 * MATCH, only the loads that read what MATCH's statement reads.
 */
static unsigned lkmm_plain_mems(rtx_insn *insn, bool store, rtx *mems,
				rtx *vals, const struct lkmm_expect *match)
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
			if (n < LKMM_MAX_MEMS && lkmm_plain_mem_p(SET_DEST(set))) {
				mems[n] = SET_DEST(set);
				vals[n++] = SET_SRC(set);
			}
			continue;
		}
		FOR_EACH_SUBRTX_VAR(iter, array, SET_SRC(set), ALL)
			if (n < LKMM_MAX_MEMS && lkmm_plain_mem_p(*iter) &&
			    (!match || lkmm_mem_matches(*iter, match))) {
				mems[n] = *iter;
				vals[n++] = NULL_RTX;
			}
	}
	return n;
}

/* Is INSN a load-acquire or an asm (a promoted head)?  Relaxed __atomic
 * loads are unspec_volatiles with a relaxed model operand. */
static bool lkmm_ordered_head_p(rtx_insn *insn)
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
static bool lkmm_mb_p(rtx_insn *insn)
{
	const char *t = NULL;
	rtx pat = PATTERN(insn);

	if (GET_CODE(pat) == ASM_INPUT)
		t = XSTR(pat, 0);
	else if (rtx a = extract_asm_operands(pat))
		t = ASM_OPERANDS_TEMPLATE(a);
	else if (INSN_CODE(insn) >= 0 &&
		 insn_data[INSN_CODE(insn)].output_format ==
		 INSN_OUTPUT_FORMAT_SINGLE)
		/* Only a fixed template: an output function may assert
		 * on operands final has not extracted yet. */
		t = insn_data[INSN_CODE(insn)].output.single;
	return t && lkmm_arch_fence_text_p(t);
}

static location_t lkmm_locus(rtx_insn *insn)
{
	return INSN_P(insn) ? LOCATION_LOCUS(INSN_LOCATION(insn))
			    : UNKNOWN_LOCATION;
}

static bool lkmm_head_insn_p(rtx_insn *insn, location_t head)
{
	return INSN_P(insn) && lkmm_locus(insn) == head &&
	       !CALL_P(insn) && lkmm_volatile_mem(insn, false);
}

/* What the head INSN loads is head-derived: every register it sets. */
static void lkmm_head_dests(struct lkmm_vstate *s, rtx_insn *insn)
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

enum lkmm_at { LKMM_AT_NONE, LKMM_AT_KEPT, LKMM_AT_BROKEN };

/* Does the plain access INSN stand for keep the dependency E, in S? */
static enum lkmm_at lkmm_plain_at(const struct lkmm_expect *e, rtx_insn *insn,
				  const struct lkmm_vstate *s, bool fences)
{
	rtx mems[LKMM_MAX_MEMS], vals[LKMM_MAX_MEMS];
	bool store = e->kind != LKMM_VDEP_PLAIN_LOAD;
	unsigned n = lkmm_plain_mems(insn, store, mems, vals,
				     e->byline ? e : NULL), i;

	if (!n)
		return LKMM_AT_NONE;
	if (!s->seen)
		return LKMM_AT_NONE;	/* not after the head: not ours */
	if (store && !s->unguarded)
		return LKMM_AT_KEPT;
	if (!store && fences && s->unfenced)
		return LKMM_AT_BROKEN;
	/* One of them through (or of) a derived register is enough. */
	for (i = 0; i < n; i++)
		if (!lkmm_value_bad(s, e->kind == LKMM_VDEP_PLAIN_DATA ?
					vals[i] : XEXP(mems[i], 0)))
			return LKMM_AT_KEPT;
	return LKMM_AT_BROKEN;
}

/* Is the dependency E broken at INSN, in state S? */
static enum lkmm_at lkmm_check_at(const struct lkmm_expect *e, rtx_insn *insn,
				  const struct lkmm_vstate *s, bool fences)
{
	rtx mem, set;
	bool broken;

	if (lkmm_plain_kind_p(e->kind))
		return lkmm_plain_at(e, insn, s, fences);
	if (!s->seen)
		return LKMM_AT_NONE;
	switch (e->kind) {
	case LKMM_VDEP_ADDR_LOAD:
		mem = lkmm_volatile_mem(insn, false);
		if (!mem)
			return LKMM_AT_NONE;
		broken = (fences && s->unfenced) ||
			 (!lkmm_stack_mem_p(mem) && lkmm_value_bad(s, XEXP(mem, 0)));
		break;
	case LKMM_VDEP_ADDR_STORE:
		mem = lkmm_volatile_mem(insn, true);
		broken = mem && s->unguarded && !lkmm_stack_mem_p(mem) &&
			 lkmm_value_bad(s, XEXP(mem, 0));
		break;
	case LKMM_VDEP_DATA:
		mem = lkmm_volatile_mem(insn, true);
		set = lkmm_single_set(insn);
		broken = mem && set && s->unguarded &&
			 lkmm_value_bad(s, SET_SRC(set));
		break;
	case LKMM_VDEP_CTRL:
		broken = lkmm_volatile_mem(insn, true) && s->unguarded;
		break;
	default:
		broken = false;
		break;
	}
	return broken ? LKMM_AT_BROKEN : LKMM_AT_NONE;
}

/* A plain access's insn, as the dataflow found it. */
struct lkmm_cand {
	unsigned k, insn;	/* expectation, insn index */
	bool broken;
};

/* By dependent locus, so that an insn finds its expectations by search. */
static int lkmm_expect_cmp_dep(const void *pa, const void *pb)
{
	const struct lkmm_expect *a = (const struct lkmm_expect *)pa;
	const struct lkmm_expect *b = (const struct lkmm_expect *)pb;

	if (a->dep != b->dep)
		return a->dep < b->dep ? -1 : 1;
	return (int)a->kind - (int)b->kind;
}

/* The first of E[0..N) (sorted by locus) at locus DEP, or N. */
static unsigned lkmm_expect_find(const struct lkmm_expect *e, unsigned n,
				 location_t dep)
{
	unsigned lo = 0, hi = n;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;

		if (e[mid].dep < dep)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && e[lo].dep == dep ? lo : n;
}

/* Note that insn J stands for the plain access E[K], broken or not. */
static void lkmm_cand_note(auto_vec<lkmm_cand> *cands, unsigned k, unsigned j,
			   bool broken)
{
	struct lkmm_cand c;
	unsigned i;

	for (i = 0; i < cands->length(); i++)
		if ((*cands)[i].k == k && (*cands)[i].insn == j) {
			(*cands)[i].broken |= broken;
			return;
		}
	c.k = k;
	c.insn = j;
	c.broken = broken;
	cands->safe_push(c);
}

static void lkmm_verify_report(const struct lkmm_expect *e, bool fences)
{
	const char *what;

	lkmm_stats_verify(e->kind, e->head, e->dep);
	switch (e->kind) {
	case LKMM_VDEP_ADDR_LOAD:
	case LKMM_VDEP_PLAIN_LOAD:
		what = fences ? G_("address dependency (or its fence)")
			      : G_("address dependency");
		break;
	case LKMM_VDEP_ADDR_STORE:
	case LKMM_VDEP_PLAIN_STORE:
		what = G_("address dependency");
		break;
	case LKMM_VDEP_DATA:
	case LKMM_VDEP_PLAIN_DATA:
		what = G_("data dependency");
		break;
	default:
		what = G_("control dependency");
		break;
	}
	if (lkmm_opt.check)
		lkmm_warning(LKMM_W_UNPROTECTED, e->dep, e->head, NULL,
			     G_("the %s of this access on the head at line %d "
				"was broken by optimization: the machine code "
				"does not order it"),
			     what, LOCATION_LINE(lkmm_user_loc(e->head)));
	else
		lkmm_warning(LKMM_W_UNPROTECTED, e->dep, e->head, NULL,
			     G_("%s could not keep the %s of this access on the "
				"head at line %d: the machine code does not "
				"order it"), lkmm_name, what,
			     LOCATION_LINE(lkmm_user_loc(e->head)));
}

static bool lkmm_same_line(location_t a, location_t b)
{
	expanded_location x = expand_location(lkmm_user_loc(a));
	expanded_location y = expand_location(lkmm_user_loc(b));

	return x.line == y.line && x.file && y.file && !strcmp(x.file, y.file);
}

/* Is insn J (not at E's locus) on E's source line? */
static bool lkmm_on_line(struct lkmm_vfn *f, unsigned j,
			 const struct lkmm_expect *e)
{
	expanded_location *x;

	if (f->where.is_empty()) {
		f->where.safe_grow_cleared(f->insns.length());
		for (unsigned i = 0; i < f->insns.length(); i++)
			f->where[i].line = -1;
	}
	x = &f->where[j];
	if (x->line < 0) {
		location_t loc = lkmm_locus(f->insns[j]);

		x->line = 0;
		if (loc != UNKNOWN_LOCATION)
			*x = expand_location(lkmm_user_loc(loc));
	}
	return x->line > 0 && x->line == e->line && x->file && e->file &&
	       !strcmp(x->file, e->file);
}

/*
 * GCC may expand a plain load at its user's locus (r = p->a: the load
 * takes the store's).  A plain load no insn at its locus stands for is
 * looked for on its source line, among the loads of the same field (or,
 * without one, type).
 */
static int lkmm_loc_cmp(const void *pa, const void *pb)
{
	location_t a = *(const location_t *)pa, b = *(const location_t *)pb;

	return a < b ? -1 : a > b;
}

static bool lkmm_find_byline(struct lkmm_vfn *f, struct lkmm_expect *e,
			     unsigned n)
{
	rtx mems[LKMM_MAX_MEMS], vals[LKMM_MAX_MEMS];
	bool any = false;
	unsigned i, k;

	if (!f->have_loci) {
		for (i = 0; i < f->insns.length(); i++)
			if (INSN_P(f->insns[i]) && !DEBUG_INSN_P(f->insns[i]) &&
			    lkmm_plain_mems(f->insns[i], false, mems, vals, NULL))
				f->load_loci.safe_push(lkmm_locus(f->insns[i]));
		f->load_loci.qsort(lkmm_loc_cmp);
		f->have_loci = true;
	}
	for (k = 0; k < n; k++) {
		expanded_location x;

		if (e[k].kind != LKMM_VDEP_PLAIN_LOAD || (e[k].field < 0 && e[k].type < 0))
			continue;
		if (f->load_loci.bsearch(&e[k].dep, lkmm_loc_cmp))
			continue;
		x = expand_location(lkmm_user_loc(e[k].dep));
		if (x.line <= 0 || !x.file)
			continue;
		e[k].byline = any = true;
		e[k].line = x.line;
		e[k].file = x.file;
	}
	return any;
}

/*
 * Check the dependencies E[0..N) sharing one head, sorted by locus.  A
 * volatile access is broken when any insn standing for it is; a plain
 * one when every insn standing for it after the head is: one line may
 * hold several plain accesses, not all of them dependent.
 */
static void lkmm_verify_head(struct lkmm_vfn *f, struct lkmm_expect *e,
			     unsigned n, bool fences)
{
	unsigned nb = f->blocks.length(), i, j, k;
	auto_vec<lkmm_vstate> in;
	auto_vec<unsigned> work;
	auto_vec<bool> broken;
	auto_vec<lkmm_cand> cands;
	struct lkmm_vstate s;
	bool any = false, byline, prev_head;

	/* The head must still be there, and not be an ordered load. */
	for (i = 0; i < f->insns.length(); i++)
		if (lkmm_head_insn_p(f->insns[i], e[0].head)) {
			if (lkmm_ordered_head_p(f->insns[i]))
				return;
			any = true;
		}
	if (!any)
		return;
	byline = lkmm_find_byline(f, e, n);

	memset(&s, 0, sizeof(s));
	in.safe_grow_cleared(nb);
	broken.safe_grow_cleared(n);
	for (i = 0; i < nb; i++)
		work.safe_push(nb - 1 - i);
	for (unsigned rounds = 0; !work.is_empty(); rounds++) {
		struct lkmm_vblock *b;
		unsigned bi = work.pop();

		if (rounds > 100 * nb + 1000)
			return;	/* cannot happen: the lattice is finite */
		b = f->blocks[bi];
		s = in[bi];
		prev_head = false;
		for (j = b->first; j <= b->last; j++) {
			rtx_insn *insn = f->insns[j];
			location_t loc;

			if (!INSN_P(insn) || DEBUG_INSN_P(insn))
				continue;
			loc = lkmm_locus(insn);
			for (k = lkmm_expect_find(e, n, loc);
			     k < n && e[k].dep == loc; k++) {
				enum lkmm_at at = lkmm_check_at(&e[k], insn, &s,
								 fences);

				if (at == LKMM_AT_NONE)
					continue;
				if (lkmm_plain_kind_p(e[k].kind))
					lkmm_cand_note(&cands, k, j,
						       at == LKMM_AT_BROKEN);
				else if (at == LKMM_AT_BROKEN)
					broken[k] = true;
			}
			for (k = 0; byline && k < n; k++) {
				enum lkmm_at at;

				if (!e[k].byline || e[k].dep == loc ||
				    !lkmm_on_line(f, j, &e[k]))
					continue;
				at = lkmm_check_at(&e[k], insn, &s, fences);
				if (at != LKMM_AT_NONE)
					lkmm_cand_note(&cands, k, j,
						       at == LKMM_AT_BROKEN);
			}
			if (lkmm_head_insn_p(insn, e[0].head)) {
				/* A wide head is several loads in a row.  Another
				 * load at the head's locus (an inline helper
				 * expanded twice, the next turn of a loop) heads
				 * too: what an earlier one derived stays good,
				 * and in a leg that a branch on an earlier one
				 * guards on every path (list_empty() again in
				 * the leg of list_empty(), as in
				 * prepare_to_wait_exclusive()), that branch
				 * still orders the stores that follow. */
				bool guarded = s.seen && !s.unguarded;

				if (!prev_head && !s.seen)
					SET_HARD_REG_SET(s.bad);
				s.seen = s.unfenced = true;
				s.unguarded = !guarded;
				lkmm_head_dests(&s, insn);
				prev_head = true;
				continue;
			}
			prev_head = false;
			if (lkmm_mb_p(insn))
				s.unfenced = false;
			if (JUMP_P(insn) && any_condjump_p(insn) && s.seen) {
				rtx pc = pc_set(insn);

				if (pc && !lkmm_value_bad(&s, XEXP(SET_SRC(pc), 0)))
					s.unguarded = false;
				continue;
			}
			lkmm_transfer(&s, insn);
		}
		for (k = 0; k < b->succs.length(); k++) {
			unsigned d = b->succs[k];

			if (lkmm_vstate_union(&in[d], &s))
				work.safe_push(d);
		}
	}

	/* A plain access is broken when no insn standing for it keeps it. */
	for (i = 0; i < cands.length(); i++)
		broken[cands[i].k] = true;
	for (i = 0; i < cands.length(); i++)
		if (!cands[i].broken)
			broken[cands[i].k] = false;

	for (k = 0; k < n; k++) {
		if (!broken[k])
			continue;
		/* r = p->a: the load's address dependency says it all. */
		if (e[k].kind == LKMM_VDEP_PLAIN_DATA) {
			for (i = 0; i < n; i++)
				if (broken[i] &&
				    (e[i].kind == LKMM_VDEP_PLAIN_LOAD ||
				     e[i].kind == LKMM_VDEP_ADDR_LOAD) &&
				    lkmm_same_line(e[i].dep, e[k].dep))
					break;
			if (i < n)
				continue;
		}
		lkmm_verify_report(&e[k], fences);
	}
}

static bool lkmm_expect_cmp_head(const struct lkmm_expect &a,
				 const struct lkmm_expect &b)
{
	return a.head == b.head;
}

static unsigned lkmm_verify(function *fn)
{
	auto_vec<lkmm_expect> mine;
	unsigned uid = DECL_UID(fn->decl), i, j;
	struct lkmm_vfn f;
	bool fences;

	for (i = 0; i < lkmm_expects.length(); ) {
		if (lkmm_expects[i].uid == uid) {
			mine.safe_push(lkmm_expects[i]);
			lkmm_expects.unordered_remove(i);
		} else {
			i++;
		}
	}
	if (mine.is_empty() || mine.length() > 4096)
		return 0;
	if (!lkmm_build_blocks(&f))
		return 0;
	fences = !lkmm_opt.check && lkmm_arch()->fence != NULL;

	/* Group by head: one dataflow per head. */
	for (i = 0; i < mine.length(); i = j) {
		auto_vec<lkmm_expect> group;

		for (j = i; j < mine.length(); j++) {
			if (mine[j].uid == (unsigned)-1)
				continue;
			if (lkmm_expect_cmp_head(mine[i], mine[j])) {
				group.safe_push(mine[j]);
				if (j != i)
					mine[j].uid = (unsigned)-1;
			}
		}
		j = i + 1;
		while (j < mine.length() && mine[j].uid == (unsigned)-1)
			j++;
		group.qsort(lkmm_expect_cmp_dep);
		lkmm_verify_head(&f, group.address(), group.length(), fences);
	}
	return 0;
}

namespace {

const pass_data lkmm_verify_data = {
	RTL_PASS, "lkmm_verify", OPTGROUP_NONE, TV_NONE,
	0, 0, 0, 0, 0,
};

class lkmm_verify_pass : public rtl_opt_pass {
public:
	lkmm_verify_pass(gcc::context *ctxt)
		: rtl_opt_pass(lkmm_verify_data, ctxt) {}
	bool gate(function *) final override
	{
		return optimize && !seen_error() &&
		       (lkmm_opt.check || lkmm_arch()->keep);
	}
	unsigned int execute(function *fn) final override
	{
		return lkmm_verify(fn);
	}
};

} /* namespace */

opt_pass *lkmm_make_verify_pass(gcc::context *ctxt)
{
	return new lkmm_verify_pass(ctxt);
}
