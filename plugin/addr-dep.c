// SPDX-License-Identifier: GPL-3.0-or-later
/* addr-dep.c - protecting address and data dependencies (stub). */
#include "lkmm-plugin.h"

void lkmm_protect_addr_deps(function *, struct lkmm_deps *, struct lkmm_stats *)
{
}

void lkmm_relax_consume(function *, struct lkmm_deps *, struct lkmm_stats *)
{
}
