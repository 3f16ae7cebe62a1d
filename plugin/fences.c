// SPDX-License-Identifier: GPL-3.0-or-later
/* fences.c - per-architecture fences and acquire promotion (stub). */
#include "lkmm-plugin.h"

void lkmm_place_fences(function *, struct lkmm_deps *, struct lkmm_stats *)
{
}

void lkmm_promote_acquire(function *, struct lkmm_deps *, struct lkmm_stats *)
{
}
