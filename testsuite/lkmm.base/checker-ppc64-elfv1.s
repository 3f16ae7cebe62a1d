# PowerPC 64-bit ELFv1 (big-endian): FUNC is a descriptor in .opd, the
# code starts at .L.FUNC and ends at ".size FUNC,.-.L.FUNC".
# lkmm-expect ok lkmm-addr-dep dep gp
# lkmm-expect fail lkmm-addr-dep const gp
# lkmm-expect ok lkmm-ctrl-dep ctrl idx b
# lkmm-expect error lkmm-addr-dep nofunc gp
# lkmm-expect error lkmm-addr-dep unknown gp
	.machine power4
	.section	".toc","aw"
.LC0:
	.quad	gp
.LC1:
	.quad	r+4
	.section	".text"
	.align 2
	.section	".opd","aw"
	.align 3
dep:
	.quad	.L.dep,.TOC.@tocbase,0
	.previous
	.type	dep, @function
.L.dep:
.LFB0:
	addis 9,2,.LC0@toc@ha
	ld 9,.LC0@toc@l(9)
	ld 9,0(9)
	lwz 3,0(9)
	blr
	.long 0
	.byte 0,0,0,0,0,0,0,0
.LFE0:
	.size	dep,.-.L.dep
	.section	".opd","aw"
	.align 3
const:
	.quad	.L.const,.TOC.@tocbase,0
	.previous
	.type	const, @function
.L.const:
	addis 9,2,.LC0@toc@ha
	ld 9,.LC0@toc@l(9)
	ld 9,0(9)
	addis 10,2,.LC1@toc@ha
	ld 10,.LC1@toc@l(10)
	cmpd 0,9,10
	beq 0,.L5
	li 3,0
	blr
.L5:
	lwz 3,0(10)
	blr
	.size	const,.-.L.const
	.section	".opd","aw"
	.align 3
ctrl:
	.quad	.L.ctrl,.TOC.@tocbase,0
	.previous
	.type	ctrl, @function
.L.ctrl:
	addis 9,2,.LANCHOR0+8@toc@ha
	lwz 9,.LANCHOR0+8@toc@l(9)
	cmpwi 0,9,3
	li 9,1
	ble 0,.L7
	addis 10,2,.LANCHOR0+12@toc@ha
	stw 9,.LANCHOR0+12@toc@l(10)
.L7:
	blr
	.size	ctrl,.-.L.ctrl
	.section	".opd","aw"
	.align 3
unknown:
	.quad	.L.unknown,.TOC.@tocbase,0
	.previous
.L.unknown:
	addis 9,2,.LC0@toc@ha
	ld 9,.LC0@toc@l(9)
	ld 9,0(9)
	dcbzl 0,9
	lwz 3,0(9)
	blr
	.size	unknown,.-.L.unknown
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
	.type	r, @object
	.size	r, 16
r:
	.zero	16
