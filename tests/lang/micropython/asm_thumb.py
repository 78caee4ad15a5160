# @micropython.asm_thumb: the inline assembler (machine code on the micro:bit, interpreted on the host).
@micropython.asm_thumb
def add3(r0, r1, r2):
    add(r0, r0, r1)
    add(r0, r0, r2)


@micropython.asm_thumb
def triangle(r0):
    mov(r1, 0)
    label(top)
    add(r1, r1, r0)
    sub(r0, 1)
    bne(top)
    mov(r0, r1)


@micropython.asm_thumb
def clamp(r0, r1):
    cmp(r0, r1)
    ble(done)
    mov(r0, r1)
    label(done)


@micropython.asm_thumb
def shifts(r0):
    push({r4, lr})
    lsl(r4, r0, 4)
    lsr(r0, r4, 2)
    pop({r4, pc})


print(add3(1, 2, 3), triangle(10), clamp(5, 9), clamp(12, 9), shifts(3))
