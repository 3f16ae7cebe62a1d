/* What the lkmm.kernel tests take from the kernel: <linux/lkmm.h>, which
   include/linux/compiler_types.h includes in an integrated tree, and the
   accessors. */
#include <linux/lkmm.h>
#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
