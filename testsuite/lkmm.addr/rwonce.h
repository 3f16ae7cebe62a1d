/* The kernel's accessors, as the tests of lkmm.addr use them. */
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
#define rcu_dereference(p) READ_ONCE(p)
