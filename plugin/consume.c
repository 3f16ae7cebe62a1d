// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * consume.c - consume=relaxed (lkmm_relax_consume, early run only): each
 * __atomic_load_n(p, __ATOMIC_CONSUME) head is compiled as a relaxed load
 * (ldr, not ldar, on AArch64) whose dependencies addr-hide.c keeps.
 * Where the value, or anything computed from it, escapes where lkmm
 * cannot follow (a call left after early inlining, a store of it, an asm,
 * a return, a comparison that cannot be hidden), that load stays as GCC
 * compiles it (acquire), and verbose says so.
 */
#include "addr-dep.h"

/* What a use that carries the value no further does with it: NULL, or
 * *WHY and the use when the value goes where lkmm cannot follow. */
static gimple *lkmm_consume_use(gimple *use, tree name, const char **why)
{
	enum tree_code code;
	tree op0, op1;
	unsigned i;

	if (lkmm_comparison(use, &code, &op0, &op1)) {
		if (lkmm_hideable(name))
			return NULL;
		*why = "compared as a value lkmm cannot hide";
		return use;
	}
	switch (gimple_code(use)) {
	case GIMPLE_ASSIGN:
		/* A load, or a store: through a dependent address is fine,
		 * storing the value is not. */
		if (TREE_CODE(gimple_assign_lhs(use)) == SSA_NAME)
			return NULL;
		for (i = 1; i < gimple_num_ops(use); i++)
			if (lkmm_mentions(gimple_op(use, i), name)) {
				*why = "stored";
				return use;
			}
		return NULL;
	case GIMPLE_CALL:
		if ((lkmm_atomic_load_model(use) >= 0 &&
		     gimple_call_arg(use, 0) == name) ||
		    lkmm_atomic_store_to_p(use, name))
			return NULL;
		*why = "passed to a call";
		return use;
	case GIMPLE_ASM:
		if (lkmm_asm_kind(use))
			return NULL;
		*why = "fed to an asm";
		return use;
	case GIMPLE_RETURN:
		*why = "returned";
		return use;
	case GIMPLE_SWITCH:
		return NULL;
	default:
		*why = "used where lkmm cannot follow";
		return use;
	}
}

struct lkmm_escape {
	gimple *esc;
	const char *why;
};

static enum lkmm_flow_act lkmm_consume_visit(struct lkmm_flow *f, tree name,
					     gimple *use, tree next,
					     lkmm_bits, lkmm_bits)
{
	struct lkmm_escape *e = (struct lkmm_escape *)f->data;

	if (next || is_gimple_debug(use))
		return LKMM_FLOW_CARRY;
	e->esc = lkmm_consume_use(use, name, &e->why);
	return e->esc ? LKMM_FLOW_STOP : LKMM_FLOW_SKIP;
}

/*
 * consume=relaxed.  Where does the value of the consume head LHS, or a
 * value computed from it, go where lkmm cannot follow?  The first such
 * statement, or NULL; *WHY says what it does.  Loads through a dependent
 * address are dependent accesses, ordered after the head in hardware;
 * the values they load head dependencies of their own, as any
 * READ_ONCE() does, so the walk does not go on through them.
 */
static gimple *lkmm_consume_escape(tree lhs, const char **why)
{
	struct lkmm_escape e = { NULL, "" };
	struct lkmm_flow flow;

	lkmm_flow_init(&flow, LKMM_STEP_COMPUTE, lkmm_consume_visit, &e);
	lkmm_flow_add(&flow, lhs, 1);
	lkmm_flow_run(&flow);
	*why = e.why;
	return e.esc;
}

void lkmm_relax_consume(function *fn, struct lkmm_deps *, struct lkmm_stats *st)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, fn) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi), *esc;
			tree lhs, model;
			const char *why = "";
			unsigned HOST_WIDE_INT m;

			if (lkmm_atomic_load_model(stmt) != MEMMODEL_CONSUME ||
			    !(lkmm_head_flags(stmt) & LKMM_ADDR))
				continue;
			lhs = gimple_call_lhs(stmt);
			if (!lhs || TREE_CODE(lhs) != SSA_NAME)
				continue;
			esc = lkmm_consume_escape(lhs, &why);
			if (esc) {
				st->skipped++;
				if (lkmm_opt.verbose) {
					expanded_location x =
						expand_location(lkmm_stmt_loc(esc));

					inform(lkmm_stmt_loc(stmt),
					       "%s: consume load kept as acquire: "
					       "its value is %s at line %d",
					       lkmm_name, why, x.line);
				}
				continue;
			}
			model = gimple_call_arg(stmt, 1);
			m = tree_to_uhwi(model);
			m = (m & ~(unsigned HOST_WIDE_INT)MEMMODEL_BASE_MASK) |
			    MEMMODEL_RELAXED;
			gimple_call_set_arg(stmt, 1,
					    build_int_cst(TREE_TYPE(model), m));
			update_stmt(stmt);
			st->relaxed++;
		}
	}
}
