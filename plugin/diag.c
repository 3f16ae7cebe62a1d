// SPDX-License-Identifier: GPL-3.0-or-later
/* diag.c - the lkmm-* warnings (stub). */
#include "lkmm-plugin.h"

void lkmm_diagnose(function *, struct lkmm_deps *, struct lkmm_stats *)
{
}
