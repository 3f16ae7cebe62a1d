/* Generated code that once made lkmm_early ICE (a leg marker inserted
   into an empty block).  */
/* { dg-do compile } */
/* { dg-additional-options "-w" } */
/* { dg-prune-output "lkmm" } */
#include "ctrl.h"
int g0, g1, g2, g3, g4, g5, g6, g7;
int arr[64];
void ext(int);
int f37(int p)
{
	if (ctrl_dep((__atomic_load_n(&g2, __ATOMIC_RELAXED)) + 0)) {
		barrier();
		if ((READ_ONCE(g3) - p)) return READ_ONCE(g6);
	}
	WRITE_ONCE(g7, (READ_ONCE(g7) + (6 > p)));
	if (((0 > __atomic_load_n(&g1, __ATOMIC_RELAXED)) > (p > (4 != p)))) return ((5 && 5) << 2);
	switch (__atomic_load_n(&g5, __ATOMIC_RELAXED)) {
	case 4: {
		if ((__atomic_load_n(&g1, __ATOMIC_RELAXED) | ((p < 4) * (p - p)))) {
			for (int i2 = 0; i2 < 4; i2++) {
				switch (6) {
				case 3: {
					__atomic_store_n(&g0, (READ_ONCE(g2) << 2), __ATOMIC_RELAXED);
				}
					break;
				case 7: {
					ext(READ_ONCE(g1));
				}
				default: {
					WRITE_ONCE(g0, (p * READ_ONCE(g0)));
				}
				}
				if (((7 << 4) & (-2 > -2))) break;
			}
		} else {
			int q111 = p;
			if (p) {
				g6 = READ_ONCE(g4);
				if (ctrl_dep((READ_ONCE(g6)) + 0)) {
					g0 = 0;
					WRITE_ONCE(g0, ((p - q111) ^ __atomic_load_n(&g2, __ATOMIC_RELAXED)));
				} else {
					g6 = p;
					WRITE_ONCE(g3, (q111 ^ READ_ONCE(g0)));
				}
			} else {
				if (__atomic_load_n(&g5, __ATOMIC_RELAXED)) return ((q111 && -3) * __atomic_load_n(&g3, __ATOMIC_RELAXED));
				arr[(((p | p) * (p * p))) & 63] = READ_ONCE(g3);
			}
		}
	}
		break;
	case 7: {
		while (READ_ONCE(g3) > 0) {
			if (((READ_ONCE(g6) & READ_ONCE(g2)) < (READ_ONCE(g1) % 2))) return __atomic_load_n(&g2, __ATOMIC_RELAXED);
			if (((-3 - p) & (p << 2))) return __atomic_load_n(&g3, __ATOMIC_RELAXED);
		}
	}
		break;
	default: {
		for (int i1 = 0; i1 < 7; i1++) {
			WRITE_ONCE(g7, (p != (i1 & p)));
			if (__atomic_load_n(&g7, __ATOMIC_RELAXED)) return (READ_ONCE(g3) != (p ^ -2));
			if (((p - p) + READ_ONCE(g0))) break;
		}
	}
	}
	while (READ_ONCE(g6) > 1) {
		for (int i1 = 0; i1 < 1; i1++) {
			while (READ_ONCE(g2) > 2) {
				if (((2 * (1 == i1)) == ((0 != i1) & p))) {
					g6 = i1;
				} else {
					g6 = i1;
					ext((2 | READ_ONCE(g0)));
				}
				if (p) return ((p && p) ^ (0 * 3));
			}
		}
		if (((p ^ p) == __atomic_load_n(&g6, __ATOMIC_RELAXED))) return __atomic_load_n(&g3, __ATOMIC_RELAXED);
	}
	WRITE_ONCE(g4, p);
	return READ_ONCE(g7);
}
