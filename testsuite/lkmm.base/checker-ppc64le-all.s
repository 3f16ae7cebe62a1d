# PowerPC 64-bit ELFv2 forms of the checker (lkmm-isa.exp): TOC
# addressing, CR fields, record forms, isel, conditional returns, fences.
# lkmm-expect ok lkmm-addr-dep toc_dep gp
# lkmm-expect fail lkmm-addr-dep toc_const gp
# lkmm-expect ok lkmm-addr-dep tocentry gp
# lkmm-expect fail lkmm-addr-dep tocentry_const gp
# lkmm-expect fail lkmm-addr-dep tocalias_const gp
# lkmm-expect ok lkmm-addr-dep tocalias_const gp -allow r
# lkmm-expect ok lkmm-addr-dep index idx
# lkmm-expect ok lkmm-addr-dep update idx
# lkmm-expect fail lkmm-addr-dep cancel idx
# lkmm-expect ok lkmm-addr-dep isel_dep idx
# lkmm-expect fail lkmm-addr-dep isel_const gp
# lkmm-expect ok lkmm-addr-dep carry idx
# lkmm-expect ok lkmm-ctrl-dep beq_cr7 idx b
# lkmm-expect fail lkmm-ctrl-dep other_cr idx b
# lkmm-expect ok lkmm-ctrl-dep record idx b
# lkmm-expect ok lkmm-ctrl-dep condret idx b
# lkmm-expect fail lkmm-ctrl-dep hoisted idx b
# lkmm-expect ok lkmm-ctrl-dep larx idx b
# lkmm-expect fail lkmm-addr-dep call_clobber idx
# lkmm-expect ok lkmm-addr-dep callee_saved idx
# lkmm-expect error lkmm-addr-dep unknown gp
# lkmm-expect error lkmm-addr-dep badform gp
	.abiversion 2
	.section	".text"
toc_dep:
.LCF0:
0:	addis 2,12,.TOC.-.LCF0@ha
	addi 2,2,.TOC.-.LCF0@l
	.localentry	toc_dep,.-toc_dep
	addis 9,2,.LANCHOR0@toc@ha
	ld 9,.LANCHOR0@toc@l(9)
	lwa 3,4(9)
	blr
	.long 0
	.byte 0,0,0,0,0,0,0,0
	.size	toc_dep,.-toc_dep
toc_const:
	addis 10,2,.LANCHOR0@toc@ha
	ld 10,.LANCHOR0@toc@l(10)
	addis 9,2,.LANCHOR0+32@toc@ha
	li 3,0
	addi 9,9,.LANCHOR0+32@toc@l
	cmpd 0,10,9
	beq 0,.L5
	extsw 3,3
	blr
.L5:
	addis 3,2,.LANCHOR0+32@toc@ha
	lwz 3,.LANCHOR0+32@toc@l(3)
	blr
	.size	toc_const,.-toc_const
tocentry:
	addis 9,2,.LC0@toc@ha
	ld 9,.LC0@toc@l(9)
	ld 9,0(9)
	mr 10,9
	lwz 3,0(10)
	blr
	.size	tocentry,.-tocentry
tocentry_const:
	addis 9,2,.LC0@toc@ha
	ld 9,.LC0@toc@l(9)
	ld 9,0(9)
	addis 10,2,.LC1@toc@ha
	ld 10,.LC1@toc@l(10)
	cmpld 7,9,10
	bne 7,.L6
	lwz 3,0(10)
.L6:
	blr
	.size	tocentry_const,.-tocentry_const
	.set .LC2,.LC1
tocalias_const:
	addis 9,2,.LC0@toc@ha
	ld 9,.LC0@toc@l(9)
	ld 9,0(9)
	addis 8,2,.LC2@toc@ha
	ld 8,.LC2@toc@l(8)
	cmpd 0,9,8
	bne 0,.L6a
	lwz 3,0(8)
.L6a:
	blr
	.size	tocalias_const,.-tocalias_const
index:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	addis 9,2,.LANCHOR0@toc@ha
	addi 9,9,.LANCHOR0@toc@l
	rldic 10,10,2,58
	add 9,9,10
	lwa 3,48(9)
	sldi 10,10,2
	lwzx 4,9,10
	blr
	.size	index,.-index
update:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	extsw 10,10
	addis 9,2,.LANCHOR0@toc@ha
	addi 9,9,.LANCHOR0@toc@l
	add 9,9,10
	lwzu 4,16(9)
	stwu 4,4(9)
	blr
	.size	update,.-update
cancel:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	xor 10,10,10
	addis 9,2,.LANCHOR0@toc@ha
	addi 9,9,.LANCHOR0@toc@l
	add 9,9,10
	lwz 3,48(9)
	blr
	.size	cancel,.-cancel
isel_dep:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	addis 9,2,.LANCHOR0@toc@ha
	addi 9,9,.LANCHOR0@toc@l
	cmpwi 7,10,0
	addi 8,9,48
	isel 9,9,8,30
	lwz 3,0(9)
	blr
	.size	isel_dep,.-isel_dep
isel_const:
	addis 9,2,.LANCHOR0@toc@ha
	ld 10,.LANCHOR0@toc@l(9)
	addis 9,2,.LANCHOR0+32@toc@ha
	addi 9,9,.LANCHOR0+32@toc@l
	cmpw 4,5
	isel 9,0,9,2
	lwz 3,0(9)
	blr
	.size	isel_const,.-isel_const
carry:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	addic 8,10,-1
	subfe 8,8,10
	addis 9,2,.LANCHOR0@toc@ha
	addi 9,9,.LANCHOR0@toc@l
	add 9,9,8
	lbz 3,48(9)
	blr
	.size	carry,.-carry
beq_cr7:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	cmpwi 7,10,3
	li 9,1
	beq- 7,.L7
	addis 8,2,.LANCHOR0+12@toc@ha
	stw 9,.LANCHOR0+12@toc@l(8)
.L7:
	blr
	.size	beq_cr7,.-beq_cr7
other_cr:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	cmpwi 7,10,3
	cmpwi 6,4,3
	li 9,1
	bgt+ cr6,.L8
	addis 8,2,.LANCHOR0+12@toc@ha
	stw 9,.LANCHOR0+12@toc@l(8)
.L8:
	blr
	.size	other_cr,.-other_cr
record:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	andi. 9,10,4
	li 9,1
	bne 0,.L9
	addis 8,2,.LANCHOR0+12@toc@ha
	stw 9,.LANCHOR0+12@toc@l(8)
.L9:
	blr
	.size	record,.-record
condret:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	cmplwi 10,3
	beqlr 0
	li 9,1
	addis 8,2,.LANCHOR0+12@toc@ha
	stw 9,.LANCHOR0+12@toc@l(8)
	blr
	.size	condret,.-condret
hoisted:
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	li 9,1
	addis 8,2,.LANCHOR0+12@toc@ha
	stw 9,.LANCHOR0+12@toc@l(8)
	cmpdi 0,10,0
	bnelr 0
	blr
	.size	hoisted,.-hoisted
larx:
	sync
	addis 10,2,.LANCHOR0+8@toc@ha
	lwz 10,.LANCHOR0+8@toc@l(10)
	cmpw 7,10,10
	bne- 7,$+4
	isync
	cmpwi 0,10,0
	beq 0,.L11
	addis 9,2,.LANCHOR0+12@toc@ha
	addi 9,9,.LANCHOR0+12@toc@l
	li 8,5
.L10:
	lwarx 3,0,9
	stwcx. 8,0,9
	bne 0,.L10
	lwsync
.L11:
	blr
	.size	larx,.-larx
call_clobber:
	mflr 0
	std 31,-8(1)
	std 0,16(1)
	stdu 1,-48(1)
	addis 9,2,.LANCHOR0+8@toc@ha
	lwz 9,.LANCHOR0+8@toc@l(9)
	bl f
	nop
	addis 10,2,.LANCHOR0@toc@ha
	addi 10,10,.LANCHOR0@toc@l
	add 10,10,9
	lwz 3,48(10)
	addi 1,1,48
	ld 0,16(1)
	ld 31,-8(1)
	mtlr 0
	blr
	.size	call_clobber,.-call_clobber
callee_saved:
	mflr 0
	std 31,-8(1)
	std 0,16(1)
	stdu 1,-48(1)
	addis 31,2,.LANCHOR0+8@toc@ha
	lwz 31,.LANCHOR0+8@toc@l(31)
	crxor 6,6,6
	bl f
	nop
	addis 10,2,.LANCHOR0@toc@ha
	addi 10,10,.LANCHOR0@toc@l
	add 10,10,31
	lwz 3,48(10)
	addi 1,1,48
	ld 0,16(1)
	ld 31,-8(1)
	mtlr 0
	blr
	.size	callee_saved,.-callee_saved
unknown:
	addis 9,2,.LANCHOR0@toc@ha
	ld 9,.LANCHOR0@toc@l(9)
	lxvd2x 0,0,9
	lwz 3,0(9)
	blr
	.size	unknown,.-unknown
badform:
	addis 9,2,.LANCHOR0@toc@ha
	ld 9,.LANCHOR0@toc@l(9)
	addi 9,9
	lwz 3,0(9)
	blr
	.size	badform,.-badform
	.section	".toc","aw"
.LC0:
	.quad	gp
.LC1:
	.quad	r+4
	.section	".bss"
	.align 3
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
	.zero	16
	.type	r, @object
	.size	r, 16
r:
	.zero	16
	.type	arr, @object
	.size	arr, 64
arr:
	.zero	64
