# operators on builtin types incl. reflected/in-place, cross-type comparisons and their TypeErrors
def tn(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__

print(tn(lambda: [1] + (2,)), tn(lambda: (1,) + [2]), tn(lambda: "a" + 1), tn(lambda: 1 + "a"))
print(tn(lambda: [1] * 3), tn(lambda: 3 * [1]), tn(lambda: "ab" * 0), tn(lambda: "ab" * -2), tn(lambda: (1,) * 2))
print(tn(lambda: [1] * 2.0), tn(lambda: "a" * "b"), tn(lambda: True * "ab"), tn(lambda: b"x" * 3))
print(tn(lambda: 1 < "a"), tn(lambda: [1] < [2]), tn(lambda: (1, 2) < (1, 3)), tn(lambda: [1] < (1,)))
print(tn(lambda: None < 1), tn(lambda: {} < {}), tn(lambda: {1} < {1, 2}), tn(lambda: "a" < "b" < "c"))
print(1 == 1.0, 1 == True, 0 == False, "1" == 1, [1] == (1,), {1: 2} == {1: 2.0}, None == 0)
print([1, 2] == [1, 2], [1, 2] != [2, 1], (1, [2]) == (1, [2]), {1, 2} == frozenset({2, 1}))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], (2,) > (1, 9), "abc" < "abd", "Z" < "a")
print(b"abc" < b"abd", b"a" == "a", bytearray(b"a") == b"a", b"ab" + bytearray(b"c"), bytearray(b"c") + b"d")
l = [1, 2]
l2 = l
l += (3, 4)
print(l, l is l2)
l *= 2
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t is t2)
s = {1, 2}
s2 = s
s |= {3}
s &= {1, 3, 5}
print(sorted(s), s is s2)
s -= {1}
s ^= {7, 3}
print(sorted(s))
d = {"a": 1}
d2 = d | {"b": 2}
d |= {"a": 3}
print(d, d2)
print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print(tn(lambda: {1} + {2}), tn(lambda: [1] - [1]), tn(lambda: {1} | [2]))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(-7, 2), divmod(7.5, -2))
print(2 ** -1, (-8) ** 2, -2 ** 2, 2 ** 3 ** 2, 10 ** 20, 0 ** 0, 0.0 ** 0)
print(1 / 2, 4 / 2, 10 / 4, True + True, True / 2, False * 10)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, 1 << 10, -16 >> 2, 1 << 70, (1 << 70) >> 69)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(tn(lambda: 1 << -1), tn(lambda: 1.0 & 1), tn(lambda: 1 / 0), tn(lambda: 1 % 0), tn(lambda: 1.0 // 0))
print(not 1, not 0, not [], not [0], 1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 == 1.0, 3 > 2 == 2)
print(-3 % 5, 3 % -5, -3 // 5, abs(-3.5), abs(-0), -(-3), +True)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 ** 2, -3 ** 2, not 1 == 2, 1 | 2 ^ 3 & 4, 1 + 2 << 3)
print(3 in [1, 2, 3], 3 not in (1, 2), "b" in "abc", "" in "abc", 1 in {1: 2}, 2 in {1: 2}, "ab" in ["ab"])
print(tn(lambda: 1 in 5), tn(lambda: 1 in "abc"), tn(lambda: [] in {1}), tn(lambda: b"a" in b"abc"), tn(lambda: 97 in b"abc"))
x = 5
x -= 2; print(x)
x *= 3; print(x)
x //= 2; print(x)
x **= 2; print(x)
x %= 7; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 2; print(x)
st = "ab"
st += "cd"
st *= 2
print(st)
print(tn(lambda: [].__add__(1)), [1].__add__([2]), (1).__add__(2), (1).__add__(2), "a".__mul__(3))
print(int.__add__(3, 4), list.__len__([1, 2]), str.upper("x"), str.join(",", "ab"))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1) == hash(-1.0))
print(tn(lambda: hash([])), tn(lambda: hash({})), tn(lambda: hash({1})), tn(lambda: {[1]: 2}), hash(frozenset()) == hash(frozenset()))
print(max([3, 1, 2]), min("bca"), max(1, 2.5), min([], default=0), max([(1, "b"), (1, "a")]))
print(tn(lambda: max([])), tn(lambda: min(1, "a")), max("a", "B", key=str.lower), min([3, -4, 2], key=abs))
print(sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(range(101)), sum((), 10), tn(lambda: sum(["a"])))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(5), type(round(2.5)).__name__, round(2.5, 0))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -1), pow(3, 4, 5), tn(lambda: pow(2, 3.0, 5)), pow(-2, 3))
print(divmod(10, 3), divmod(-10, 3), divmod(10, -3), divmod(10.0, 3), tn(lambda: divmod(1, 0)))
print(abs(-5), abs(5.5), abs(True), abs(-10**20))
print(bin(10), oct(8), hex(255), bin(-5), hex(-255), oct(0), bin(0), hex(10**20))
print(int("10", 2), int("ff", 16), int("0x1f", 0), int("0o17", 0), int("0b11", 0), int(" 42 "), int("-7"), int("1_000"))
print(int(3.9), int(-3.9), int(True), float("1e3"), float(" -2.5 "), float("inf"), float("-inf"), float(3))
print(tn(lambda: int("1.5")), tn(lambda: int("")), tn(lambda: float("x")), tn(lambda: int(None)), tn(lambda: int("9", 8)))
print(chr(65), ord("A"), chr(0x263A), ord("\u263a"), tn(lambda: chr(-1)), tn(lambda: ord("ab")))
print(str(1), str(1.0), str(True), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str(set()), str(()), str({}))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"), repr("\x00\x7f"), repr("é"), repr(b"\x00a'"))
print(bool(0.0), bool(""), bool(" "), bool(()), bool(None), bool([[]]), bool({0}), bool(range(0)))
