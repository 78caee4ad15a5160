# which exception type common mistakes raise (types only; messages differ)
def kind(f):
    try:
        f()
        return "no error"
    except Exception as e:
        return type(e).__name__
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [][0], lambda: {}["k"],
    lambda: undefined_name, lambda: int("x"), lambda: int("12", 1), lambda: "a" + 1, lambda: 1 + "a",
    lambda: None.attr, lambda: (1).nope, lambda: len(5), lambda: [].pop(), lambda: {}.popitem(),
    lambda: [1].index(5), lambda: "abc".index("z"), lambda: float("x"), lambda: chr(-1),
    lambda: list(1), lambda: iter(None), lambda: next(iter([])), lambda: (1, 2)[5],
    lambda: set().pop(), lambda: [].remove(1), lambda: hash([]), lambda: {[]: 1},
    lambda: "x" * "y", lambda: int(None), lambda: 2 ** 10000 * 1.0, lambda: abs("x"),
    lambda: divmod(1, 0),
    lambda: (1,) + [1], lambda: ord("ab"), lambda: bytes(-1), lambda: range(1, 2, 0),
    lambda: sorted([1, "a"]), lambda: max([]), lambda: int("1.5"), lambda: dict([1]),
    lambda: "{}".format(), lambda: "%d" % "s", lambda: [1, 2][1:2:0], lambda: object().x,
    lambda: pow(0, -1),
]
for i, t in enumerate(tests):
    print(i, kind(t))
