// SPDX-License-Identifier: GPL-3.0-or-later
/* ctrl-dep.c - protecting control dependencies (stub). */
#include "lkmm-plugin.h"

void lkmm_protect_ctrl_deps(function *, struct lkmm_deps *, struct lkmm_stats *)
{
}
