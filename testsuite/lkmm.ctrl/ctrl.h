/* The kernel's accessors, as the lkmm.ctrl tests use them. */
#include <lkmm.h>
#define READ_ONCE(x)	(*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))
#define barrier()	__asm__ __volatile__("" ::: "memory")
#define noinline	__attribute__((noinline))
