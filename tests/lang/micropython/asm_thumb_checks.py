# @micropython.asm_thumb: the statements, the return annotation and the parameters are checked when the
# function is compiled, in the original's order and with its messages and lines (`in f`; line 0 where the
# original's parse tree has none). The .exp is the output of this file on the original firmware (v1.0.1) in
# QEMU, `<stdin>` there read as this file's name.
import sys


def t(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        sys.print_exception(e)


A = "@micropython.asm_thumb\ndef f(r0):\n"
t(A + "    mov(r0, 1)\n    return 5\n")
t(A + "    x = 1\n")
t(A + "    '''a docstring'''\n")
t(A + "    a.mov(r0, 1)\n")
t(A + "    mov(r0, 1)()\n")
t("@micropython.asm_thumb\ndef f() -> float:\n    mov(r0, 0)\n")
t("@micropython.asm_thumb\ndef f() -> 1:\n    pass\n    mov(r0, 1)\n")
t("@micropython.asm_thumb\ndef f() -> a.b:\n    mov(r0, 0)\n")
t("@micropython.asm_thumb\ndef f(r0, r1, r2, r3, r4):\n    mov(r0, 1)\n    foo()\n")
t("@micropython.asm_thumb\ndef f(r0, r1, r2, r3, r4) -> foo:\n    foo()\n")
t("@micropython.asm_thumb\ndef f(r1):\n    mov(r0, r1)\n")
t("@micropython.asm_thumb\ndef f(a, b):\n    mov(r0, r1)\n")
t("@micropython.asm_thumb\ndef f(r0=1):\n    mov(r0, r1)\n")
t("@micropython.asm_thumb\ndef f(r0: int):\n    mov(r0, r0)\n")
t("def g():\n    @micropython.asm_thumb\n    def f():\n        foo()\n    return 1\n")

# Right ones, with up to 4 parameters r0 to r3 and each return annotation.
t("@micropython.asm_thumb\ndef f(r0, r1, r2, r3) -> uint:\n    pass\n")
t("@micropython.asm_thumb\ndef f() -> object:\n    pass\n")
