// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * verify.c - the late RTL pass that checks what was kept.
 *
 * Truth is in the machine code.  Just before final, for every dependency
 * the early pass saw (diag.c calls lkmm_verify_expect() for it), this pass
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
 * insn at the head's locus that reads a volatile MEM, the dependent access
 * the insn at the access's locus that reads or writes one.  Only volatile
 * and __atomic accesses are checked: GCC may legitimately delete, merge or
 * move plain ones.  An access no insn stands for any more (dead code,
 * merged stores) is not checked; a head promoted to acquire (an
 * unspec_volatile load with an ordering model, or an asm) needs no
 * dependency and is not checked either.
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
 * than to warn on correct code); a call makes the call-clobbered registers
 * bad.  Joins take the union, so one bad path is enough.
 */
#include "lkmm-plugin.h"
#include "rtl-iter.h"
#include "insn-config.h"
#include "recog.h"
#include "regs.h"
#include "hard-reg-set.h"

struct lkmm_expect {
	unsigned uid;		/* DECL_UID of the function */
	enum lkmm_vdep kind;
	location_t head, dep;	/* loci */
};

static vec<lkmm_expect> lkmm_expects;

void lkmm_verify_expect(function *fn, enum lkmm_vdep kind, location_t head,
			location_t dep)
{
	struct lkmm_expect e;
	unsigned i;

	if (!fn || !fn->decl || head == UNKNOWN_LOCATION ||
	    dep == UNKNOWN_LOCATION)
		return;
	e.uid = DECL_UID(fn->decl);
	e.kind = kind;
	e.head = LOCATION_LOCUS(head);
	e.dep = LOCATION_LOCUS(dep);
	if (e.head == e.dep)
		return;
	for (i = 0; i < lkmm_expects.length(); i++)
		if (lkmm_expects[i].uid == e.uid &&
		    lkmm_expects[i].kind == e.kind &&
		    lkmm_expects[i].head == e.head &&
		    lkmm_expects[i].dep == e.dep)
			return;
	lkmm_expects.safe_push(e);
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
		unsigned r;

		for (r = 0; r < FIRST_PSEUDO_REGISTER; r++)
			if (fixed_regs[r] ||
			    this_target_hard_regs->x_call_used_regs[r])
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

/* The volatile MEM INSN reads (STORE false) or writes (STORE true). */
static rtx lkmm_volatile_mem(rtx_insn *insn, bool store)
{
	subrtx_var_iterator::array_type array;
	rtx pat = PATTERN(insn);

	if (store) {
		rtx set = single_set(insn);

		if (set && lkmm_access_mem_p(SET_DEST(set)))
			return SET_DEST(set);
		return NULL_RTX;
	}
	if (GET_CODE(pat) == SET)
		pat = SET_SRC(pat);
	else if (single_set(insn))
		pat = SET_SRC(single_set(insn));
	else
		return NULL_RTX;
	FOR_EACH_SUBRTX_VAR(iter, array, pat, ALL)
		if (lkmm_access_mem_p(*iter))
			return *iter;
	return NULL_RTX;
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

/* Alpha's mb, or an asm that says mb. */
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
	if (!t)
		return false;
	for (const char *p = strstr(t, "mb"); p; p = strstr(p + 1, "mb"))
		if ((p == t || !ISALNUM(p[-1])) && !ISIDNUM(p[2]))
			return true;
	return false;
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

/* Is the dependency E broken at INSN, in state S? */
static bool lkmm_broken_at(const struct lkmm_expect *e, rtx_insn *insn,
			   const struct lkmm_vstate *s, bool fences)
{
	rtx mem, set;

	if (!s->seen)
		return false;
	switch (e->kind) {
	case LKMM_VDEP_ADDR_LOAD:
		mem = lkmm_volatile_mem(insn, false);
		if (!mem)
			return false;
		if (fences && s->unfenced)
			return true;
		return !lkmm_stack_mem_p(mem) && lkmm_value_bad(s, XEXP(mem, 0));
	case LKMM_VDEP_ADDR_STORE:
		mem = lkmm_volatile_mem(insn, true);
		return mem && s->unguarded && !lkmm_stack_mem_p(mem) &&
		       lkmm_value_bad(s, XEXP(mem, 0));
	case LKMM_VDEP_DATA:
		mem = lkmm_volatile_mem(insn, true);
		set = single_set(insn);
		return mem && set && s->unguarded &&
		       lkmm_value_bad(s, SET_SRC(set));
	case LKMM_VDEP_CTRL:
		return lkmm_volatile_mem(insn, true) && s->unguarded;
	}
	return false;
}

/* Check the dependencies E[0..N) sharing one head. */
static void lkmm_verify_head(struct lkmm_vfn *f, struct lkmm_expect *e,
			     unsigned n, bool fences)
{
	unsigned nb = f->blocks.length(), i, j, k;
	auto_vec<lkmm_vstate> in;
	auto_vec<unsigned> work;
	auto_vec<bool> broken;
	struct lkmm_vstate s;
	bool any = false;

	/* The head must still be there, and not be an ordered load. */
	for (i = 0; i < f->insns.length(); i++)
		if (lkmm_head_insn_p(f->insns[i], e[0].head)) {
			if (lkmm_ordered_head_p(f->insns[i]))
				return;
			any = true;
		}
	if (!any)
		return;

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
		for (j = b->first; j <= b->last; j++) {
			rtx_insn *insn = f->insns[j];

			if (!INSN_P(insn) || DEBUG_INSN_P(insn))
				continue;
			for (k = 0; k < n; k++)
				if (lkmm_locus(insn) == e[k].dep &&
				    lkmm_broken_at(&e[k], insn, &s, fences))
					broken[k] = true;
			if (lkmm_head_insn_p(insn, e[0].head)) {
				SET_HARD_REG_SET(s.bad);
				s.seen = s.unguarded = s.unfenced = true;
				lkmm_head_dests(&s, insn);
				continue;
			}
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

	for (k = 0; k < n; k++) {
		const char *what;

		if (!broken[k])
			continue;
		switch (e[k].kind) {
		case LKMM_VDEP_ADDR_LOAD:
			what = fences ? G_("address dependency (or its fence)")
				      : G_("address dependency");
			break;
		case LKMM_VDEP_ADDR_STORE:
			what = G_("address dependency");
			break;
		case LKMM_VDEP_DATA:
			what = G_("data dependency");
			break;
		default:
			what = G_("control dependency");
			break;
		}
		if (lkmm_opt.check)
			lkmm_warning(LKMM_W_UNPROTECTED, e[k].dep, e[k].head, NULL,
				     G_("the %s of this access on the head at "
					"line %d was broken by optimization: "
					"the machine code does not order it"),
				     what, LOCATION_LINE(lkmm_user_loc(e[k].head)));
		else
			lkmm_warning(LKMM_W_UNPROTECTED, e[k].dep, e[k].head, NULL,
				     G_("%s could not keep the %s of this access "
					"on the head at line %d: the machine code "
					"does not order it"), lkmm_name, what,
				     LOCATION_LINE(lkmm_user_loc(e[k].head)));
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
	if (mine.is_empty() || mine.length() > 256)
		return 0;
	if (!lkmm_build_blocks(&f))
		return 0;
	fences = !lkmm_opt.check && lkmm_arch()->fence;

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
