// lkmm-expect ok lkmm-addr-dep ok gp
// lkmm-expect fail lkmm-addr-dep a1 gp
// lkmm-expect ok lkmm-addr-dep a1 gp -allow {static_p}
// lkmm-expect error lkmm-addr-dep nosuch gp
// lkmm-expect error lkmm-addr-dep ok idx
// lkmm-expect ok lkmm-addr-dep walk gp
// lkmm-expect fail lkmm-addr-dep onepath gp
// lkmm-expect fail lkmm-addr-dep call gp
// lkmm-expect ok lkmm-addr-dep saved gp
// lkmm-expect ok lkmm-addr-dep spill gp
// lkmm-expect fail lkmm-addr-dep cancel gp
// lkmm-expect fail lkmm-addr-dep index idx
// lkmm-expect ok lkmm-addr-dep index idx -data y
// lkmm-expect ok lkmm-addr-dep data idx -data y
// lkmm-expect fail lkmm-addr-dep zero idx -data y
// lkmm-expect error lkmm-addr-dep garbage gp
// lkmm-expect fail lkmm-addr-dep got extp
// lkmm-expect ok lkmm-addr-dep gotok extp
// lkmm-expect ok lkmm-addr-dep csel gp
// lkmm-expect fail lkmm-addr-dep csel2 gp
// lkmm-expect error lkmm-addr-dep ok gp -bogus 1
	.arch armv8-a
	.text
ok:
	adrp	x0, .LANCHOR0
	ldr	x0, [x0, #:lo12:.LANCHOR0]
	ldr	x2, [x0, 8]
	ldr	w1, [x0]
	ldr	w0, [x2, 4]
	add	w0, w1, w0
	ret
	.size	ok, .-ok
a1:
	adrp	x1, .LANCHOR0
	add	x2, x1, :lo12:.LANCHOR0
	add	x3, x2, 8
	mov	w0, 0
	ldr	x1, [x1, #:lo12:.LANCHOR0]
	cmp	x1, x3
	beq	.L5
	ret
.L5:
	ldr	w0, [x2, 8]
	ret
	.size	a1, .-a1
walk:
	adrp	x0, gp
	ldr	x1, [x0, #:lo12:gp]
	mov	w0, 0
	cbz	x1, .L14
.L16:
	ldr	w2, [x1]
	ldr	x1, [x1, 8]
	add	w0, w0, w2
	cbnz	x1, .L16
.L14:
	ret
	.size	walk, .-walk
onepath:
	adrp	x0, gp
	ldr	x1, [x0, #:lo12:gp]
	cbz	w3, .L20
	adrp	x1, static_p
	add	x1, x1, :lo12:static_p
.L20:
	ldr	w0, [x1]
	ret
	.size	onepath, .-onepath
call:
	stp	x29, x30, [sp, -16]!
	mov	x29, sp
	adrp	x0, gp
	ldr	x0, [x0, #:lo12:gp]
	bl	f
	ldr	w0, [x0]
	ldp	x29, x30, [sp], 16
	ret
	.size	call, .-call
saved:
	stp	x29, x30, [sp, -32]!
	mov	x29, sp
	str	x19, [sp, 16]
	adrp	x0, gp
	ldr	x19, [x0, #:lo12:gp]
	bl	f
	ldr	w0, [x19]
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 32
	ret
	.size	saved, .-saved
spill:
	sub	sp, sp, #32
	adrp	x0, gp
	ldr	x0, [x0, #:lo12:gp]
	str	x0, [sp, 8]
	mov	x0, 0
	ldr	x1, [sp, 8]
	ldr	w0, [x1, 4]
	add	sp, sp, 32
	ret
	.size	spill, .-spill
cancel:
	adrp	x0, gp
	ldr	x0, [x0, #:lo12:gp]
	eor	x1, x0, x0
	adrp	x2, arr
	add	x2, x2, :lo12:arr
	ldr	w0, [x2, x1, lsl 2]
	ret
	.size	cancel, .-cancel
index:
	adrp	x1, .LANCHOR0
	add	x1, x1, :lo12:.LANCHOR0
	ldr	w2, [x1, 24]
	add	x3, x1, 32
	ldr	w0, [x3, w2, sxtw 2]
	str	w0, [x1, 100]
	ret
	.size	index, .-index
data:
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	ldr	w1, [x0, 24]
	add	w1, w1, 1
	str	w1, [x0, 100]
	ret
	.size	data, .-data
zero:
	adrp	x0, .LANCHOR0
	add	x0, x0, :lo12:.LANCHOR0
	ldr	w1, [x0, 24]
	cbz	w1, .L30
	str	wzr, [x0, 100]
.L30:
	ret
	.size	zero, .-zero
garbage:
	adrp	x0, gp
	ldr	x0, [x0, #:lo12:gp]
	frobnicate	{x0}, [[x1]]
	ret
	.size	garbage, .-garbage
got:
	adrp	x0, :got:extp
	ldr	x0, [x0, :got_lo12:extp]
	ldr	x0, [x0]
	adrp	x1, :got:ext
	ldr	x1, [x1, :got_lo12:ext]
	ldr	w2, [x0]
	ldr	w0, [x1]
	add	w0, w2, w0
	ret
	.size	got, .-got
gotok:
	adrp	x0, :got:extp
	ldr	x0, [x0, :got_lo12:extp]
	ldr	x0, [x0]
	ldr	w0, [x0]
	ret
	.size	gotok, .-gotok
csel:
	adrp	x0, gp
	ldr	x0, [x0, #:lo12:gp]
	adrp	x1, static_p
	add	x1, x1, :lo12:static_p
	cmp	x0, 0
	csel	x2, x1, x1, eq
	ldr	w0, [x2]
	ret
	.size	csel, .-csel
csel2:
	adrp	x0, gp
	ldr	x0, [x0, #:lo12:gp]
	adrp	x1, static_p
	add	x1, x1, :lo12:static_p
	cmp	x3, 0
	csel	x2, x1, x1, eq
	ldr	w0, [x2]
	ret
	.size	csel2, .-csel2

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
