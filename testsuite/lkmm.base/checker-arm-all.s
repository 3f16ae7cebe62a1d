@ 32-bit ARM forms of the checker (lkmm-isa.exp): literal pools and GOT
@ (PIC), movw/movt, writeback, IT blocks and conditional execution,
@ ldrex/strex, dmb, cbz/cbnz, b<cond>.  A store executed on flags from the head
@ (cond_store) is not ordered after it: ARMv7 orders a store only
@ behind a branch (docs/architectures.md, ARM-LB+strnes).
@ lkmm-expect ok lkmm-addr-dep lit_dep gp
@ lkmm-expect fail lkmm-addr-dep it_const gp
@ lkmm-expect ok lkmm-addr-dep got_dep gp
@ lkmm-expect fail lkmm-addr-dep got_const gp
@ lkmm-expect ok lkmm-addr-dep movw_dep idx
@ lkmm-expect fail lkmm-addr-dep post_index gp
@ lkmm-expect ok lkmm-addr-dep pre_index gp
@ lkmm-expect ok lkmm-addr-dep shifted idx
@ lkmm-expect fail lkmm-addr-dep cancel idx
@ lkmm-expect ok lkmm-addr-dep csel_dep idx
@ lkmm-expect fail lkmm-ctrl-dep cond_store idx b
@ lkmm-expect fail lkmm-ctrl-dep cond_other idx b
@ lkmm-expect ok lkmm-ctrl-dep bcond idx b
@ lkmm-expect ok lkmm-ctrl-dep cbz_ctrl idx b
@ lkmm-expect fail lkmm-ctrl-dep hoisted idx b
@ lkmm-expect ok lkmm-ctrl-dep strex_ctrl idx b
@ lkmm-expect fail lkmm-addr-dep call_clobber idx
@ lkmm-expect ok lkmm-addr-dep callee_saved idx
@ lkmm-expect ok lkmm-addr-dep arm_state gp
@ lkmm-expect fail lkmm-addr-dep arm_state_const gp
@ lkmm-expect error lkmm-addr-dep unknown gp
@ lkmm-expect error lkmm-addr-dep badmem gp
	.syntax unified
	.thumb
	.text
lit_dep:
	ldr	r3, .L1
.LPIC0:
	add	r3, pc
	ldr	r2, [r3]
	ldr	r0, [r2, #4]
	bx	lr
	.align	2
.L1:
	.word	.LANCHOR0-(.LPIC0+4)
	.size	lit_dep, .-lit_dep
it_const:
	ldr	r2, .L2
.LPIC1:
	add	r2, pc
	mov	r3, r2
	ldr	r1, [r3], #8
	cmp	r1, r3
	ite	eq
	ldreq	r0, [r2, #12]
	movne	r0, #0
	bx	lr
	.align	2
.L2:
	.word	.LANCHOR0-(.LPIC1+4)
	.size	it_const, .-it_const
got_dep:
	ldr	r3, .L3
	ldr	r1, .L3+4
.LPIC2:
	add	r3, pc
	ldr	r1, [r3, r1]
	ldr	r0, [r1]
	ldr	r0, [r0, #4]
	bx	lr
	.align	2
.L3:
	.word	_GLOBAL_OFFSET_TABLE_-(.LPIC2+4)
	.word	gp(GOT)
	.size	got_dep, .-got_dep
got_const:
	ldr	r3, .L4
	ldr	r1, .L4+4
.LPIC3:
	add	r3, pc
	ldr	r2, .L4+8
	ldr	r1, [r3, r1]
	ldr	r0, [r1]
	ldr	r2, [r3, r2]
	adds	r1, r2, #4
	cmp	r0, r1
	beq	.L5
	movs	r0, #0
	bx	lr
.L5:
	ldr	r0, [r2, #4]
	bx	lr
	.align	2
.L4:
	.word	_GLOBAL_OFFSET_TABLE_-(.LPIC3+4)
	.word	gp(GOT)
	.word	r(GOT)
	.size	got_const, .-got_const
movw_dep:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	and	r2, r2, #15
	add	r3, r3, r2
	ldrb	r0, [r3, #28]
	bx	lr
	.size	movw_dep, .-movw_dep
post_index:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3], #4
	ldr	r0, [r3]
	bx	lr
	.size	post_index, .-post_index
pre_index:
	movw	r3, #:lower16:gp
	movt	r3, #:upper16:gp
	ldr	r2, [r3]
	ldr	r0, [r2, #4]!
	ldr	r1, [r2, #4]
	bx	lr
	.size	pre_index, .-pre_index
shifted:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	add	r3, r3, r2, lsl #2
	ldr	r0, [r3, #28]
	ldr	r1, [r3, r2, lsl #2]
	bx	lr
	.size	shifted, .-shifted
cancel:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	eor	r2, r2, r2
	add	r3, r3, r2
	ldr	r0, [r3, #28]
	bx	lr
	.size	cancel, .-cancel
csel_dep:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	cmp	r2, #0
	ite	eq
	addeq	r3, r3, #28
	addne	r3, r3, #32
	ldr	r0, [r3]
	bx	lr
	.size	csel_dep, .-csel_dep
cond_store:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	cmp	r2, #3
	mov	r2, #1
	it	gt
	strgt	r2, [r3, #12]
	bx	lr
	.size	cond_store, .-cond_store
cond_other:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	cmp	r0, #3
	mov	r2, #1
	it	gt
	strgt	r2, [r3, #12]
	bx	lr
	.size	cond_other, .-cond_other
bcond:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	cmp	r2, #3
	bls	.L6
	movs	r2, #1
	str	r2, [r3, #12]
.L6:
	bx	lr
	.size	bcond, .-bcond
cbz_ctrl:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	cbnz	r2, .L7
	movs	r2, #1
	str	r2, [r3, #12]
.L7:
	bx	lr
	.size	cbz_ctrl, .-cbz_ctrl
hoisted:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	movs	r1, #1
	str	r1, [r3, #12]
	cbz	r2, .L8
	b	f
.L8:
	bx	lr
	.size	hoisted, .-hoisted
strex_ctrl:
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	cmp	r2, #0
	beq	.L10
	adds	r3, r3, #12
	movs	r1, #5
	dmb	ish
.L9:
	ldrex	r0, [r3]
	strex	r2, r1, [r3]
	cmp	r2, #0
	bne	.L9
	dmb	ish
.L10:
	bx	lr
	.size	strex_ctrl, .-strex_ctrl
call_clobber:
	push	{r3, lr}
	movw	r3, #:lower16:.LANCHOR0
	movt	r3, #:upper16:.LANCHOR0
	ldr	r2, [r3, #8]
	bl	f(PLT)
	add	r3, r3, r2
	ldr	r0, [r3, #28]
	pop	{r3, pc}
	.size	call_clobber, .-call_clobber
callee_saved:
	push	{r4, r5, r6, lr}
	movw	r5, #:lower16:.LANCHOR0
	movt	r5, #:upper16:.LANCHOR0
	ldr	r4, [r5, #8]
	bl	f(PLT)
	add	r5, r5, r4
	ldr	r0, [r5, #28]
	pop	{r4, r5, r6, pc}
	.size	callee_saved, .-callee_saved
	.arm
arm_state:
	ldr	r2, .L11
.LPIC4:
	add	r2, pc, r2
	ldr	r1, [r2]
	ldr	r0, [r1, #4]
	bx	lr
	.align	2
.L11:
	.word	.LANCHOR0-(.LPIC4+8)
	.size	arm_state, .-arm_state
arm_state_const:
	ldr	r2, .L12
.LPIC5:
	add	r2, pc, r2
	mov	r3, r2
	ldr	r1, [r3], #4
	cmp	r1, r3
	ldreq	r0, [r2, #4]
	movne	r0, #0
	bx	lr
	.align	2
.L12:
	.word	.LANCHOR0-(.LPIC5+8)
	.size	arm_state_const, .-arm_state_const
	.thumb
unknown:
	movw	r3, #:lower16:gp
	movt	r3, #:upper16:gp
	ldr	r2, [r3]
	vld1.32	{d0}, [r2]
	bx	lr
	.size	unknown, .-unknown
badmem:
	movw	r3, #:lower16:gp
	movt	r3, #:upper16:gp
	ldr	r2, [r3]
	ldr	r0, [r2, #:lower16:x]
	bx	lr
	.size	badmem, .-badmem
	.bss
	.align	2
	.set	.LANCHOR0,. + 0
	.type	gp, %object
	.size	gp, 4
gp:
	.space	4
	.type	r, %object
	.size	r, 4
r:
	.space	4
	.type	idx, %object
	.size	idx, 4
idx:
	.space	4
	.type	b, %object
	.size	b, 4
b:
	.space	4
	.space	12
	.type	arr, %object
	.size	arr, 64
arr:
	.space	64
