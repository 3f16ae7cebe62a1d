# lkmm-expect fail lkmm-addr-dep a1 gp
# lkmm-expect ok lkmm-addr-dep ok gp
# lkmm-expect fail lkmm-fence ok gp
# lkmm-expect ok lkmm-no-fence ok
# lkmm-expect ok lkmm-fence fenced gp
# lkmm-expect ok lkmm-fence fenced gp -count 1
# lkmm-expect fail lkmm-fence fenced gp -count 2
# lkmm-expect fail lkmm-no-fence fenced
# lkmm-expect fail lkmm-fence halffenced gp
# lkmm-expect ok lkmm-addr-dep lit extp
# lkmm-expect fail lkmm-addr-dep call gp
# lkmm-expect ok lkmm-ctrl-dep c1 idx b
# lkmm-expect fail lkmm-ctrl-dep hoisted idx b
# lkmm-expect ok lkmm-addr-dep data idx -data y
# lkmm-expect error lkmm-addr-dep garbage gp
	.set noreorder
	.set volatile
	.set noat
	.set nomacro
	.text
	.align 2
	.globl a1
	.ent a1
a1:
	.frame $30,0,$26,0
	ldah $29,0($27)		!gpdisp!1
	lda $29,0($29)		!gpdisp!1
$a1..ng:
	.prologue 1
	ldah $1,gp($29)		!gprelhigh
	ldah $2,static_p($29)		!gprelhigh
	lda $3,static_p($2)		!gprellow
	ldq $1,gp($1)		!gprellow
	mov $31,$0
	cmpeq $1,$3,$1
	bne $1,$L5
	ret $31,($26),1
	.align 4
$L5:
	ldl $0,static_p($2)		!gprellow
	addl $31,$0,$0
	ret $31,($26),1
	.end a1
	.ent ok
ok:
	.frame $30,0,$26,0
	.prologue 1
	ldah $1,gp($29)		!gprelhigh
	ldq $1,gp($1)		!gprellow
	ldq $2,8($1)
	ldl $0,0($1)
	ldl $1,4($2)
	addl $0,$1,$0
	ret $31,($26),1
	.end ok
	.ent fenced
fenced:
	.frame $30,0,$26,0
	.prologue 1
	ldah $1,gp($29)		!gprelhigh
	ldq $1,gp($1)		!gprellow
	mb
	ldq $2,8($1)
	ldl $0,0($1)
	ret $31,($26),1
	.end fenced
	.ent halffenced
halffenced:
	.frame $30,0,$26,0
	.prologue 1
	ldah $1,gp($29)		!gprelhigh
	ldq $1,gp($1)		!gprellow
	beq $16,$L7
	mb
$L7:
	ldl $0,0($1)
	ret $31,($26),1
	.end halffenced
	.ent lit
lit:
	.frame $30,0,$26,0
	.prologue 1
	ldq $1,extp($29)		!literal
	ldq $2,0($1)
	ldl $0,0($2)
	ret $31,($26),1
	.end lit
	.ent call
call:
	.frame $30,16,$26,0
	lda $30,-16($30)
	stq $26,0($30)
	.prologue 1
	ldah $1,gp($29)		!gprelhigh
	ldq $16,gp($1)		!gprellow
	ldq $27,f($29)		!literal!7
	jsr $26,($27),f		!lituse_jsr!7
	ldah $29,0($26)		!gpdisp!8
	lda $29,0($29)		!gpdisp!8
	ldl $0,0($16)
	ldq $26,0($30)
	lda $30,16($30)
	ret $31,($26),1
	.end call
	.ent c1
c1:
	.frame $30,16,$26,0
	ldah $1,idx($29)		!gprelhigh
	lda $30,-16($30)
	ldl $1,idx($1)		!gprellow
	stq $26,0($30)
	.prologue 1
	addl $31,$1,$1
	beq $1,$L11
	ldah $1,b($29)		!gprelhigh
	lda $2,1($31)
	stl $2,b($1)		!gprellow
	ret $31,($26),1
$L11:
	ldah $1,b($29)		!gprelhigh
	lda $2,2($31)
	stl $2,b($1)		!gprellow
	ret $31,($26),1
	.end c1
	.ent hoisted
hoisted:
	.frame $30,0,$26,0
	ldah $1,idx($29)		!gprelhigh
	ldl $1,idx($1)		!gprellow
	ldah $3,b($29)		!gprelhigh
	lda $2,1($31)
	stl $2,b($3)		!gprellow
	beq $1,$L12
	ret $31,($26),1
$L12:
	ret $31,($26),1
	.end hoisted
	.ent data
data:
	.frame $30,0,$26,0
	ldah $1,idx($29)		!gprelhigh
	ldah $2,y($29)		!gprelhigh
	ldl $1,idx($1)		!gprellow
	addl $1,1,$1
	stl $1,y($2)		!gprellow
	ret $31,($26),1
	.end data
	.ent garbage
garbage:
	ldah $1,gp($29)		!gprelhigh
	ldq $1,gp($1)		!gprellow
	ldq $2,[$1]
	ret $31,($26),1
	.end garbage
