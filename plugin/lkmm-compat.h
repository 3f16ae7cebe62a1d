/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lkmm-compat.h - GCC headers and the GCC-version differences lkmm meets.
 *
 * Every plugin source includes this first.  It pulls in the GCC internals
 * the passes need, in the order GCC itself includes them, and hides the few
 * API differences between GCC 11 and GCC 12 behind LKMM_* names.  Nothing
 * else in plugin/ tests GCCPLUGIN_VERSION.
 */
#ifndef LKMM_COMPAT_H
#define LKMM_COMPAT_H

#include "bversion.h"
#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "backend.h"
#include "target.h"
#include "tree.h"
#include "gimple.h"
#include "rtl.h"
#include "tree-pass.h"
#include "ssa.h"
#include "memmodel.h"
#include "tm_p.h"
#include "diagnostic-core.h"
#include "diagnostic.h"
#include "fold-const.h"
#include "stor-layout.h"
#include "stringpool.h"
#include "attribs.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "gimplify-me.h"
#include "tree-cfg.h"
#include "tree-ssa.h"
#include "tree-into-ssa.h"
#include "tree-ssa-operands.h"
#include "cfgloop.h"
#include "dominance.h"
#include "cfganal.h"
#include "builtins.h"
#include "langhooks.h"
#include "context.h"
#include "cgraph.h"
#include "emit-rtl.h"
#include "df.h"
#include "intl.h"

#define LKMM_GCC_MAJOR (BUILDING_GCC_MAJOR)

/* GCC 12 added the "ignored" flag to register_scoped_attributes. */
#if BUILDING_GCC_MAJOR >= 12
#define LKMM_REGISTER_SCOPED_ATTRIBUTES(table, ns) \
	register_scoped_attributes(table, ns, false)
#else
#define LKMM_REGISTER_SCOPED_ATTRIBUTES(table, ns) \
	register_scoped_attributes(table, ns)
#endif

/* The global range of SSA name NAME (SSA_NAME_RANGE_INFO) into irange R. */
#if BUILDING_GCC_MAJOR >= 12
#include "value-query.h"
#define LKMM_GLOBAL_RANGE(r, name) \
	get_global_range_query()->range_of_expr(r, name)
#else
#define LKMM_GLOBAL_RANGE(r, name) (get_range_info(name, r), true)
#endif

#if BUILDING_GCC_MAJOR < 11 || BUILDING_GCC_MAJOR > 12
#warning "lkmm is tested with GCC 11 and 12 only"
#endif

#endif /* LKMM_COMPAT_H */
