# @micropython.asm_thumb's 14 conditional branches after cmp, on signed and unsigned edge cases: two
# functions of 7 (the device's heap compiles no more at once) each set bit k when branch k is not taken.


@micropython.asm_thumb
def skipped0(r0, r1):
    mov(r2, 0)
    cmp(r0, r1)
    beq(t0)
    add(r2, 1)
    label(t0)
    cmp(r0, r1)
    bne(t1)
    add(r2, 2)
    label(t1)
    cmp(r0, r1)
    bcs(t2)
    add(r2, 4)
    label(t2)
    cmp(r0, r1)
    bcc(t3)
    add(r2, 8)
    label(t3)
    cmp(r0, r1)
    bmi(t4)
    add(r2, 16)
    label(t4)
    cmp(r0, r1)
    bpl(t5)
    add(r2, 32)
    label(t5)
    cmp(r0, r1)
    bvs(t6)
    add(r2, 64)
    label(t6)
    mov(r0, r2)


@micropython.asm_thumb
def skipped1(r0, r1):
    mov(r2, 0)
    cmp(r0, r1)
    bvc(t0)
    add(r2, 1)
    label(t0)
    cmp(r0, r1)
    bhi(t1)
    add(r2, 2)
    label(t1)
    cmp(r0, r1)
    bls(t2)
    add(r2, 4)
    label(t2)
    cmp(r0, r1)
    bge(t3)
    add(r2, 8)
    label(t3)
    cmp(r0, r1)
    blt(t4)
    add(r2, 16)
    label(t4)
    cmp(r0, r1)
    bgt(t5)
    add(r2, 32)
    label(t5)
    cmp(r0, r1)
    ble(t6)
    add(r2, 64)
    label(t6)
    mov(r0, r2)


pairs = [(1, 2), (2, 1), (2, 2), (-1, 1), (1, -1), (2147483647, -1), (-2147483648, 1), (0, 0)]
for names, fn in (("beq bne bcs bcc bmi bpl bvs", skipped0), ("bvc bhi bls bge blt bgt ble", skipped1)):
    bits = [fn(a, b) for a, b in pairs]
    for k, name in enumerate(names.split()):
        print(name, "".join(str(1 - (b >> k & 1)) for b in bits))
