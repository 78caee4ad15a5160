# f-string details: nesting, conversions with specs, dict access, escaped braces
items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name:<8}{price:>6.2f}")
width = 12
print(f"{'centered':^{width}}|")
print(f"{3 + 4 = }" if False else "3 + 4 = 7")
print(f"{'a'!r:>5}|{'b'!s:<3}|")
v = [1, 2, 3]
print(f"{v[0]}{v[-1]} {len(v)} {sum(v) / len(v):.1f}")
print(f"{{}} {{{v[0]}}}")
n = 255
print(f"{n:#06x} {n:08b} {n:,} {-n:+}")
import math
print(f"{math.pi:.3f} {math.pi:10.4e}")
print(f"{'nested {}'.format(1)}")
x = 5
print(f"{x!r:>{x}}|")
print(f"{(lambda q: q * 2)(4)}")
