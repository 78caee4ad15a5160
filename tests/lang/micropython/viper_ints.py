# A documented difference (docs/known-differences.md): @micropython.viper runs the function as ordinary
# bytecode, so its ints do not wrap at the machine word and there are no ptr8/ptr16/ptr32 casts.
@micropython.viper
def add(a: int, b: int) -> int:
    return a + b


@micropython.viper
def poke(buf) -> int:
    p = ptr8(buf)
    p[0] = 7
    return p[0]


print(add(2, 3), add(0x7FFFFFFF, 1), add(-1, 0) & 0xFFFFFFFF)
try:
    poke(bytearray(1))
except NameError as e:
    print("NameError", e)
