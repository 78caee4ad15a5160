# str(int), f-string parts and joins: the fast paths for small ints and exact strs, against CPython.
x = 5; y = -123456789; t = True
print(f"{x}", f"{y}{x}", f"{t}", f"{x!s}", f"{x!r}", f"{x:3}", f"{0}", f"{-0}", f"{2**62}", f"{-2**62}", f"{2**70}")
print(str(0), str(-1), str(4611686018427387903), str(-4611686018427387904), str(True), str("s"), str(b"x", "ascii"))
print(f"", f"a", f"{'a'}", f"{'é'}{''}", f"{x}é{y}", len(f"{'é'}x"), f"{x}" "lit")
class S(str): pass
print(type(str(S("q"))).__name__, f"{S('w')}")
