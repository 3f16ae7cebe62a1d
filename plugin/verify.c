// SPDX-License-Identifier: GPL-3.0-or-later
/* verify.c - the late RTL pass that checks what was kept (stub). */
#include "lkmm-plugin.h"

opt_pass *lkmm_make_verify_pass(gcc::context *)
{
	return NULL;
}
