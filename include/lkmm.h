/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * lkmm.h - mark the loads whose dependencies the LKMM orders.
 *
 * With the lkmm GCC plugin loaded (-fplugin=lkmm.so) these markers tell it
 * which loads head dependencies it must keep in the machine code.  Without
 * the plugin (another compiler, or GCC without -fplugin) they compile to
 * their plain meaning: the attributes vanish and ctrl_dep(x) is (x).
 *
 *   __lkmm_addr_dep   on a local variable, global, struct field or function
 *                     (its return value): the loaded pointer or integer
 *                     heads address and data dependencies;
 *   __lkmm_ctrl_dep   the same for control dependencies: the stores in
 *                     either leg of a branch on the value stay behind it;
 *   ctrl_dep(x)       in a condition, if (ctrl_dep(q)) ...: the branch on x
 *                     orders the stores in its legs.
 *
 * The plugin also recognizes the kernel's idioms with no marker at all:
 * volatile loads (READ_ONCE(), rcu_dereference()) and relaxed or consume
 * __atomic loads.  docs/annotations.md says what each marker promises.
 */
#ifndef LKMM_H
#define LKMM_H

#if defined(__has_attribute)
# if __has_attribute(lkmm_addr_dep) && __has_attribute(lkmm_ctrl_dep)
#  define LKMM_PLUGIN_ACTIVE 1
# endif
#endif
/*
 * In a kernel tree this file is include/linux/lkmm.h, and LKMM_PLUGIN
 * (CONFIG_GCC_PLUGIN_LKMM) is the switch too: a file built with
 * $(DISABLE_LKMM_PLUGIN) keeps the plugin loaded but undefines it.
 */
#if defined(__KERNEL__) && !defined(LKMM_PLUGIN)
# undef LKMM_PLUGIN_ACTIVE
#endif

#ifdef LKMM_PLUGIN_ACTIVE
# define __lkmm_addr_dep __attribute__((lkmm_addr_dep))
# define __lkmm_ctrl_dep __attribute__((lkmm_ctrl_dep))
/*
 * A marked local: the plugin keeps the branch on it and its legs' stores.
 * Its type drops the qualifiers of x (ctrl_dep(READ_ONCE(a)) must not make
 * a volatile local that lives on the stack).
 */
# ifdef __cplusplus
/* C++'s unary + takes pointers too, and yields an unqualified value. */
#  define __lkmm_ctrl_type(x) __typeof__(+(x))
# else
#  define __lkmm_ctrl_type(x) __auto_type
# endif
# define ctrl_dep(x) __extension__ ({					\
	__lkmm_ctrl_type(x) __lkmm_ctrl __attribute__((lkmm_ctrl_dep)) = (x); \
	__lkmm_ctrl;							\
})
#else
# define __lkmm_addr_dep
# define __lkmm_ctrl_dep
# define ctrl_dep(x) (x)
#endif

#endif /* LKMM_H */
