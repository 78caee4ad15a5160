# @micropython.asm_thumb is assembled when the function is compiled: a bad instruction is a SyntaxError
# of the compile, with the original's message and the instruction's line (`in f`). The .exp is the output of
# this file on the original firmware (v1.0.1) in QEMU, `<stdin>` there read as this file's name.
import sys


def t(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        sys.print_exception(e)


A = "@micropython.asm_thumb\ndef f(r0):\n"
t(A + "    mov(r0, 1)\n    foo(r0, r1)\n")
t(A + "    mov(r0, 256)\n")
t(A + "    b(nowhere)\n")
t(A + "    beq(x)\n" + "    align(128)\n    data(2, 0)\n" * 2 + "    align(128)\n    label(x)\n")
t(A + "    cmp(r8, r1)\n")
t(A + "    ldr(r0, [r0, 2])\n")
t(A + "    ldr(r0, r1)\n")
t(A + "    ldr(r0, (r1, 0))\n")
t(A + "    str(r0, [r0, 1, 2])\n")
t(A + "    push({r0, r8})\n")
t(A + "    push([r0])\n")
t(A + "    add(r0, r0, 8)\n")
t(A + "    label(x)\n    label(x)\n")
t(A + "    label(1)\n")
t(A + "    b(1)\n")
t(A + "    mov(q, 1)\n")
t(A + "    mov(r0, x)\n")
t(A + "    mov(r0, 'r1')\n")
t(A + "    mov(r0, r0 + 1)\n")
t(A + "    mov(r0, x=1)\n")
t(A + "    mov(r0, -1)\n")
t(A + "    mov(r0, 0x40000000)\n")
t(A + "    mov(r0, -0x40000001)\n")
t(A + "    mov(r0, r1, r2)\n")
t(A + "    lsl(r0, r0, 32)\n")
t(A + "    data(4, 0x40000000)\n")
t(A + "    nop()\n")

# Nothing of a module runs when one of its asm functions does not assemble.
t("print('before')\n" + A + "    mov(r0, 1)\n    foo(r0, r1)\nprint('after')\n")
print("done")
