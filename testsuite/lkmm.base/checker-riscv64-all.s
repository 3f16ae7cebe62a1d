# RISC-V forms of the checker (lkmm-isa.exp): addressing, branches, fences,
# atomics.  Each lkmm-expect line is run by checker.exp.
# lkmm-expect ok lkmm-addr-dep lui_lo gp
# lkmm-expect fail lkmm-addr-dep lui_const gp
# lkmm-expect ok lkmm-addr-dep lla_dep gp
# lkmm-expect fail lkmm-addr-dep medany_const gp
# lkmm-expect ok lkmm-addr-dep pcrel gp -allow r
# lkmm-expect fail lkmm-addr-dep pcrel_const gp
# lkmm-expect ok lkmm-addr-dep index idx
# lkmm-expect fail lkmm-addr-dep cancel idx
# lkmm-expect ok lkmm-addr-dep amo idx
# lkmm-expect ok lkmm-addr-dep sextw idx
# lkmm-expect ok lkmm-ctrl-dep beq_ctrl idx b
# lkmm-expect ok lkmm-ctrl-dep bnez_ctrl idx b
# lkmm-expect ok lkmm-ctrl-dep bgt_ctrl idx b
# lkmm-expect ok lkmm-ctrl-dep bgeu_ctrl idx b
# lkmm-expect fail lkmm-ctrl-dep hoisted idx b
# lkmm-expect fail lkmm-ctrl-dep otherreg idx b
# lkmm-expect ok lkmm-ctrl-dep amoswap_ctrl idx b
# lkmm-expect fail lkmm-ctrl-dep amoswap_hoisted idx b
# lkmm-expect ok lkmm-ctrl-dep fence_semi idx b
# lkmm-expect fail lkmm-addr-dep call_clobber idx
# lkmm-expect error lkmm-addr-dep unknown gp
# lkmm-expect error lkmm-addr-dep badmem gp
	.text
lui_lo:
	lui	a5,%hi(gp)
	ld	a4,%lo(gp)(a5)
	lw	a0,4(a4)
	ret
	.size	lui_lo, .-lui_lo
lui_const:
	lui	a5,%hi(gp)
	ld	a4,%lo(gp)(a5)
	lui	a3,%hi(r)
	addi	a3,a3,%lo(r)
	beq	a4,a3,.L1
	ret
.L1:
	lw	a0,%lo(r+4)(a5)
	ret
	.size	lui_const, .-lui_const
lla_dep:
	lla	a5,gp
	ld	a4,0(a5)
	mv	a3,a4
	addi	a3,a3,8
	ld	a0,0(a3)
	ret
	.size	lla_dep, .-lla_dep
medany_const:
	ld	a4,gp
	lla	a5,r+4
	li	a0,0
	beq	a4,a5,.L2
	ret
.L2:
	lw	a0,r+4
	ret
	.size	medany_const, .-medany_const
pcrel:
.LA0:
	auipc	a5,%pcrel_hi(gp)
	ld	a4,%pcrel_lo(.LA0)(a5)
	lw	a0,0(a4)
.LA1:
	auipc	a3,%pcrel_hi(r)
	addi	a3,a3,%pcrel_lo(.LA1)
	sw	a0,0(a3)
	ret
	.size	pcrel, .-pcrel
pcrel_const:
.LA2:
	auipc	a5,%pcrel_hi(gp)
	ld	a4,%pcrel_lo(.LA2)(a5)
.LA3:
	auipc	a3,%pcrel_hi(r)
	lw	a0,%pcrel_lo(.LA3)(a3)
	ret
	.size	pcrel_const, .-pcrel_const
index:
	lla	a4,.LANCHOR0
	lw	a5,8(a4)
	andi	a5,a5,15
	slli	a5,a5,2
	add	a5,a4,a5
	lw	a0,40(a5)
	ret
	.size	index, .-index
cancel:
	lla	a4,.LANCHOR0
	lw	a5,8(a4)
	sub	a5,a5,a5
	add	a5,a4,a5
	lw	a0,40(a5)
	ret
	.size	cancel, .-cancel
amo:
	lw	a5,idx
	lla	a4,arr
	add	a4,a4,a5
	amoadd.w.aqrl	a0,a5,0(a4)
	lr.w.aq	a1,(a4)
	sc.w.rl	a2,a1,(a4)
	ret
	.size	amo, .-amo
sextw:
	lw	a5,idx
	sext.w	a5,a5
	zext.w	a5,a5
	lla	a4,arr
	sh2add	a4,a5,a4
	lw	a0,0(a4)
	ret
	.size	sextw, .-sextw
beq_ctrl:
	lw	a5,idx
	li	a4,3
	beq	a5,a4,.L3
	li	a4,1
	sw	a4,b,a3
.L3:
	ret
	.size	beq_ctrl, .-beq_ctrl
bnez_ctrl:
	lw	a5,idx
	bnez	a5,.L4
	li	a4,1
	lla	a3,b
	sw	a4,0(a3)
.L4:
	ret
	.size	bnez_ctrl, .-bnez_ctrl
bgt_ctrl:
	lw	a5,idx
	li	a4,3
	bgt	a5,a4,.L5
	lui	a3,%hi(b)
	sw	a4,%lo(b)(a3)
.L5:
	ret
	.size	bgt_ctrl, .-bgt_ctrl
bgeu_ctrl:
	lw	a5,idx
	addi	a5,a5,-2
	li	a4,3
	bgeu	a4,a5,.L6
	sw	a4,b,a3
	j	.L7
.L6:
	sw	zero,b,a3
.L7:
	ret
	.size	bgeu_ctrl, .-bgeu_ctrl
hoisted:
	lw	a5,idx
	li	a4,1
	sw	a4,b,a3
	beqz	a5,.L8
	tail	f
.L8:
	ret
	.size	hoisted, .-hoisted
otherreg:
	lw	a5,idx
	lw	a2,y
	blez	a2,.L9
	sw	a5,b,a3
.L9:
	ret
	.size	otherreg, .-otherreg
amoswap_ctrl:
	lla	a5,.LANCHOR0
	lw	a3,8(a5)
	li	a4,3
	ble	a3,a4,.L10
	li	a4,1
	addi	a5,a5,12
	amoswap.w zero,a4,0(a5)
.L10:
	ret
	.size	amoswap_ctrl, .-amoswap_ctrl
amoswap_hoisted:
	lla	a5,.LANCHOR0
	lw	a3,8(a5)
	li	a4,1
	addi	a2,a5,12
	amoswap.w zero,a4,0(a2)
	bltz	a3,.L11
.L11:
	ret
	.size	amoswap_hoisted, .-amoswap_hoisted
fence_semi:
	lla	a5,.LANCHOR0
	lw	a3,8(a5)
	bgtz	a3,.L12
	li	a0,5
	addi	a5,a5,12
	fence iorw,ow; amoswap.w.aq a0,a0,0(a5)
	fence	rw,rw
.L12:
	ret
	.size	fence_semi, .-fence_semi
call_clobber:
	addi	sp,sp,-16
	sd	ra,8(sp)
	lw	a5,idx
	call	f@plt
	lla	a4,arr
	add	a4,a4,a5
	lw	a0,0(a4)
	ld	ra,8(sp)
	addi	sp,sp,16
	jr	ra
	.size	call_clobber, .-call_clobber
unknown:
	ld	a4,gp
	vsetvli	a0,a1,e32
	lw	a0,0(a4)
	ret
	.size	unknown, .-unknown
badmem:
	ld	a4,gp
	lw	a0,%tprel_lo(x)(a4)
	ret
	.size	badmem, .-badmem
	.bss
	.align	3
	.set	.LANCHOR0,. + 0
	.type	gp, @object
	.size	gp, 8
gp:
	.zero	8
	.type	idx, @object
	.size	idx, 4
idx:
	.zero	4
	.type	b, @object
	.size	b, 4
b:
	.zero	4
	.type	y, @object
	.size	y, 4
y:
	.zero	4
	.zero	4
	.type	arr, @object
	.size	arr, 64
arr:
	.zero	64
	.type	r, @object
	.size	r, 16
r:
	.zero	16
