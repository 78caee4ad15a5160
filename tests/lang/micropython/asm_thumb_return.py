# @micropython.asm_thumb: the return annotation says what r0 is given back as (-> uint, -> bool, -> int,
# -> object), up to 4 parameters r0 to r3 take ints truncated to 32 bits (a float its int part), and a
# call with the wrong arguments is a TypeError. The .exp is the output of this file on the original
# firmware (v1.0.1) in QEMU.


@micropython.asm_thumb
def as_uint(r0) -> uint:
    mov(r0, r0)


@micropython.asm_thumb
def as_int(r0) -> int:
    mov(r0, r0)


@micropython.asm_thumb
def as_bool(r0) -> bool:
    mov(r0, r0)


@micropython.asm_thumb
def plain(r0):
    mov(r0, r0)


@micropython.asm_thumb
def as_object() -> object:
    mov(r0, 0x55)  # the bits of the small int 42


@micropython.asm_thumb
def all_ones() -> uint:
    mov(r0, 0)
    mvn(r0, r0)


@micropython.asm_thumb
def four(r0, r1, r2, r3) -> uint:
    sub(r0, r0, r1)
    sub(r0, r0, r2)
    sub(r0, r0, r3)


for x in (0, 1, -1, 2, -2, 0x3FFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x1FFFFFFFF, -0x80000001):
    print(x, as_uint(x), as_int(x), as_bool(x), plain(x))
print(as_object(), all_ones(), four(0, 1, 2, 3), four(10, 1, 2, 3), as_bool(True), as_uint(False))
# A float is its int part, saturated.
print(plain(2.7), plain(-2.7), plain(0.5), plain(1e10), plain(-1e10), plain(float("inf")), plain(float("nan")))
for args in ((), (1, 2)):
    try:
        plain(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    plain(r0=1)
except TypeError as e:
    print("TypeError:", e)
