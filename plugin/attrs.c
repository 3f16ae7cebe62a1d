// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * attrs.c - the lkmm_addr_dep and lkmm_ctrl_dep attributes.
 *
 * Spellings: __attribute__((lkmm_addr_dep)), [[gnu::lkmm_addr_dep]],
 * [[lkmm::addr_dep]], and the same for ctrl_dep.  They go on:
 *   a local variable    the values assigned to it head dependencies;
 *   a global or static  every load of it heads one;
 *   a struct field      every load of it heads one;
 *   a function          its return value heads one (rcu_dereference()
 *                       wrappers).
 * lkmm_addr_dep takes pointers and integers, lkmm_ctrl_dep scalars.  Both
 * on one declaration is fine where the type can head both; a floating
 * value cannot head an address dependency, and that gets its own error.
 *
 * The attributes are registered even under -fplugin-arg-lkmm-disable, so
 * that annotated code always compiles.
 */
#include "lkmm-plugin.h"

static const char *const lkmm_attr_gnu[] = { "lkmm_addr_dep", "lkmm_ctrl_dep" };

/* Has this unit marked a declaration yet (lkmm_any_marks)? */
static bool lkmm_marks_seen;
/* GCC's event dispatch, paused by lkmm.c while no declaration is marked
 * (PLUGIN_PRE_GENERICIZE has nothing to do then): the first mark resumes
 * it, before the function that holds the mark is genericized. */
bool lkmm_events_paused;
static const char *const lkmm_attr_ns[] = { "addr_dep", "ctrl_dep" };

/* LKMM_ADDR or LKMM_CTRL for an attribute NAME of ours. */
static unsigned lkmm_attr_kind(const_tree name)
{
	const char *s = IDENTIFIER_POINTER(name);

	if (!strcmp(s, lkmm_attr_gnu[0]) || !strcmp(s, lkmm_attr_ns[0]))
		return LKMM_ADDR;
	return LKMM_CTRL;
}

static bool lkmm_type_ok(unsigned kind, const_tree type)
{
	if (INTEGRAL_TYPE_P(type) || POINTER_TYPE_P(type))
		return true;
	return kind == LKMM_CTRL && SCALAR_FLOAT_TYPE_P(type);
}

static tree lkmm_handle_attr(tree *node, tree name, tree args ATTRIBUTE_UNUSED,
			     int flags ATTRIBUTE_UNUSED, bool *no_add_attrs)
{
	unsigned kind = lkmm_attr_kind(name);
	tree decl = *node, type;
	location_t loc;

	*no_add_attrs = true;
	if (TYPE_P(decl)) {
		error("%qE attribute applies to variables, fields and functions, "
		      "not to types", name);
		return NULL_TREE;
	}
	loc = DECL_SOURCE_LOCATION(decl);
	switch (TREE_CODE(decl)) {
	case VAR_DECL:
	case FIELD_DECL:
		type = TREE_TYPE(decl);
		break;
	case FUNCTION_DECL:
		type = TREE_TYPE(TREE_TYPE(decl));
		if (VOID_TYPE_P(type)) {
			error_at(loc, "%qE attribute on %qD, a function returning "
				 "void: only a returned value can head a "
				 "dependency", name, decl);
			return NULL_TREE;
		}
		break;
	case PARM_DECL:
		error_at(loc, "%qE attribute cannot be applied to parameter %qD; "
			 "mark the variable, field or function the value is "
			 "loaded from", name, decl);
		return NULL_TREE;
	case TYPE_DECL:
		error_at(loc, "%qE attribute cannot be applied to typedef %qD; "
			 "mark the variables, fields or functions instead",
			 name, decl);
		return NULL_TREE;
	default:
		error_at(loc, "%qE attribute applies to variables, fields and "
			 "functions, not to %qD", name, decl);
		return NULL_TREE;
	}

	if (!lkmm_type_ok(kind, type)) {
		if (kind == LKMM_ADDR && lkmm_decl_marks(decl) & LKMM_CTRL)
			error_at(loc, "%qD cannot be both %<lkmm_addr_dep%> and "
				 "%<lkmm_ctrl_dep%>: a value of type %qT can "
				 "head a control dependency only", decl, type);
		else
			error_at(loc, "%qE attribute needs %s type, not %qT", name,
				 kind == LKMM_ADDR ? "a pointer or integer" :
				 "a scalar (integer, pointer or floating)", type);
		return NULL_TREE;
	}
	*no_add_attrs = false;
	if (lkmm_events_paused) {
		flag_plugin_added = true;
		lkmm_events_paused = false;
	}
	lkmm_marks_seen = true;
	return NULL_TREE;
}

/* May some declaration carry a mark?  Not until the front end has taken
 * one; lto1 reads declarations with their marks from the IR. */
bool lkmm_any_marks(void)
{
	return lkmm_marks_seen || in_lto_p;
}

/* What the attributes on DECL ask for: LKMM_ADDR | LKMM_CTRL. */
unsigned lkmm_decl_marks(const_tree decl)
{
	unsigned marks = 0;
	tree a;

	if (!decl || !DECL_P(decl) || !lkmm_any_marks())
		return 0;
	for (a = DECL_ATTRIBUTES(decl); a; a = TREE_CHAIN(a)) {
		const char *n = IDENTIFIER_POINTER(get_attribute_name(a));
		tree ns = get_attribute_namespace(a);
		bool ours_ns = ns && !strcmp(IDENTIFIER_POINTER(ns), "lkmm");
		int k;

		for (k = 0; k < 2; k++)
			if (!strcmp(n, lkmm_attr_gnu[k]) ||
			    (ours_ns && !strcmp(n, lkmm_attr_ns[k])))
				marks |= k ? LKMM_CTRL : LKMM_ADDR;
	}
	return marks;
}

#define LKMM_ATTR(n) { n, 0, 0, false, false, false, false, lkmm_handle_attr, NULL }

static struct attribute_spec lkmm_gnu_attrs[] = {
	LKMM_ATTR("lkmm_addr_dep"),
	LKMM_ATTR("lkmm_ctrl_dep"),
};

static struct attribute_spec lkmm_ns_attrs[] = {
	LKMM_ATTR("addr_dep"),
	LKMM_ATTR("ctrl_dep"),
	{ NULL, 0, 0, false, false, false, false, NULL, NULL },
};

void lkmm_register_attributes(void *event_data ATTRIBUTE_UNUSED,
			      void *data ATTRIBUTE_UNUSED)
{
	register_attribute(&lkmm_gnu_attrs[0]);
	register_attribute(&lkmm_gnu_attrs[1]);
	LKMM_REGISTER_SCOPED_ATTRIBUTES(lkmm_ns_attrs, "lkmm");
}
