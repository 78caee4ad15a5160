# f-strings: expressions, conversions, nested format specs
name = "micro:bit"
n = 42
f = 3.14159
print(f"hello {name}!")
print(f"{n} {n!r} {name!r} {name!s}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{f:.2f} {f:10.3f} {f:e} {f:g}")
w, p = 10, 3
print(f"[{f:{w}.{p}f}]")
print(f"[{name:*^{w + 5}}]")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{1000000:,} {1000000:_}")
print(f"{'quoted'} {n * 2} {[1, 2][0]} {len(name)}")
print(f"{{literal braces}} {n}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"{n if n > 40 else 0}")
print(f"{-5:+d} {5:+d} {5: d}")
print(f"{0.5:%} {0.125:.1%}")
print(f"""triple {n}""")
print(f"a" f"b{n}" "c")
print(f"{'nested ' + f'{n}'}")
x = 7
print(f"{x=}" if False else "x=" + str(x))
print(f"{3.0!s:>6}")
print(F"{name.upper()}")
