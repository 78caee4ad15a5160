# unary operators on all numeric types
for v in (0, 1, -1, 2 ** 70, -(2 ** 70), 0.0, -0.0, 1.5, True, False):
    print(repr(v), -v, +v, not v, ~v if isinstance(v, int) else "n/a")
print(-(-(-1)), --1, ~~5, not not [], - - - 2.5)
