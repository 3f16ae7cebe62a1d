// lkmm-expect ok lkmm-ctrl-dep cbz idx b
// lkmm-expect fail lkmm-ctrl-dep hoisted idx b
// lkmm-expect ok lkmm-ctrl-dep bcond idx b
// lkmm-expect fail lkmm-ctrl-dep otherflags idx b
// lkmm-expect fail lkmm-ctrl-dep nobranch idx b
// lkmm-expect error lkmm-ctrl-dep cbz idx y
// lkmm-expect error lkmm-ctrl-dep cbz gp b
// lkmm-expect ok lkmm-ctrl-dep tbz idx b
// lkmm-expect fail lkmm-ctrl-dep clobbered idx b
	.arch armv8-a
	.text
cbz:
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	ldr	w1, [x0, 24]
	cbz	w1, .L11
	mov	w1, 1
	str	w1, [x0, 96]
	b	f
.L11:
	mov	w1, 2
	str	w1, [x0, 96]
	b	g
	.size	cbz, .-cbz
hoisted:
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	ldr	w1, [x0, 24]
	mov	w2, 1
	str	w2, [x0, 96]
	cbz	w1, .L12
	b	f
.L12:
	b	g
	.size	hoisted, .-hoisted
bcond:
	adrp	x0, idx
	ldr	w1, [x0, #:lo12:idx]
	cmp	w1, 3
	bgt	.L13
	adrp	x2, b
	mov	w3, 1
	str	w3, [x2, #:lo12:b]
.L13:
	ret
	.size	bcond, .-bcond
otherflags:
	adrp	x0, idx
	ldr	w1, [x0, #:lo12:idx]
	cmp	w4, 3
	b.gt	.L14
	adrp	x2, b
	mov	w3, 1
	str	w3, [x2, #:lo12:b]
.L14:
	ret
	.size	otherflags, .-otherflags
nobranch:
	adrp	x0, idx
	ldr	w1, [x0, #:lo12:idx]
	cmp	w1, 0
	cset	w3, eq
	adrp	x2, b
	str	w3, [x2, #:lo12:b]
	ret
	.size	nobranch, .-nobranch
tbz:
	adrp	x0, idx
	ldr	w1, [x0, #:lo12:idx]
	tbz	x1, 0, .L15
	adrp	x2, b
	str	wzr, [x2, #:lo12:b]
.L15:
	ret
	.size	tbz, .-tbz
clobbered:
	adrp	x0, idx
	ldr	w0, [x0, #:lo12:idx]
	bl	h
	cbz	w0, .L16
	adrp	x2, b
	str	wzr, [x2, #:lo12:b]
.L16:
	ret
	.size	clobbered, .-clobbered

	.bss
	.align	4
	.set	.LANCHOR0,. + 0
	.type	gp, %object
	.size	gp, 8
gp:
	.zero	8
	.type	static_p, %object
	.size	static_p, 16
static_p:
	.zero	16
	.type	idx, %object
	.size	idx, 4
idx:
	.zero	4
	.zero	4
	.type	arr, %object
	.size	arr, 64
arr:
	.zero	64
	.type	b, %object
	.size	b, 4
b:
	.zero	4
	.type	y, %object
	.size	y, 4
y:
	.zero	4
