# The str fast paths (ASCII, one-character constants, exact-size joins and splits) against CPython,
# including their fall-backs: non-ASCII text, subclasses, non-str items, bytes and bytearray.
class S(str):
    pass


words = ["alpha", "b", "", "d\u00e9j\u00e0", "\u20ac", "x" * 40]
for sep in ["", ",", ", ", "\u00e9", "--"]:
    j = sep.join(words)
    print(repr(j), len(j), j == sep.join(tuple(words)), j == sep.join(iter(words)))
print(repr(",".join([S("a"), "b"])), repr("".join(["one"])), "".join(["one"]) == "one")
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError")
print(b"-".join([b"a", bytearray(b"b")]), bytearray(b"+").join([b"x", b"y"]))

for text in ["a b  c ", "  ", "", "one", "\u00e9 \u00e8\u3000x", "a\x1cb\x1fc", "tab\tnew\nline\r\nx"]:
    print(text.split(), text.split(None, 1), text.rsplit(None, 1), text.split(" "), text.split(" ", 1))
    print(text.encode().split(), bytearray(text.encode()).split(b" "))
for text in ["a\nb\r\nc\rd", "x\x0by\x0cz\x1cq\x1dr\x1es", "u\u2028v\u2029w\x85y", "end\n", "", "\n\n"]:
    print(text.splitlines(), text.splitlines(True), text.encode().splitlines())
print("aaa".split("aa"), "aaa".rsplit("aa"), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2))

s = "hello w\u00f6rld"
print([s[i] for i in range(len(s))], [c for c in s], s[::2], s[::-3], s[1:8:2], s[-1:-9:-2])
a = "abcdefghij"
print(a[::3], a[::-1], a[8:1:-3], a[2:3], a[5:5], a[0], a[-1], a[3:4] == a[3], chr(65) == "A")
print(repr(a[:0]), len(a[1:] + a[:1]), "" + a == a, a + "" == a, (a + "x")[-2:], "\u00e9" + a)
print(a * 3, "\u00e9" * 4, len("\u00e9" * 4), "ab" * 0, "xy" * 1, b"ab" * 3, bytearray(b"q") * 2)
t = ""
for i in range(300):
    t += chr(97 + i % 26) if i % 7 else "\u00e9"
print(len(t), t[-10:], t.count("\u00e9"), hash(t) == hash("".join(list(t))))
d = {}
for w in "the cat and the hat and the bat".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()), d["the"], {chr(c): c for c in range(97, 100)}["b"])
for text in ["hello World-42 aBc", "", "x", "ABC def", "\u00e9t\u00e9 Caf\u00e9", "o'neil mc-DONALD 3rd"]:
    print(text.upper(), text.lower(), text.swapcase(), text.capitalize(), text.title(), text.casefold())
    b = text.encode()
    print(b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title(), bytearray(b).upper())
for text in ["a-b-c--d", "", "aaaa", "\u00e9-\u00e9", "no match"]:
    print(text.replace("-", "+"), text.replace("-", ""), text.replace("a", "\u20ac", 2), text.replace("aa", "b"),
          text.replace("", "."), text.replace("-", "--", 0), text.replace("\u00e9", "e"))
    print(len(text.replace("-", "\u00e9\u00e9")), text.encode().replace(b"-", b"__"))
    print(text.find("-"), text.rfind("-"), text.count("-"), text.count("a"), text.count(""), text.find("c", 2),
          text.count("-", 2, 5), text.rfind("a", 1, 3), text.find("\u00e9", 1))
s = "abc"
print(s.replace("z", "y") == s, S("abc").replace("z", "y"), type(S("ab").replace("a", "b")).__name__)
names = ["b", "a\u00e9", "a", "ab", "", "\u20ac", "B", "a\x00", "ba"]
print(sorted(names), sorted(names, reverse=True), sorted(names, key=len), min(names), max(names))
recs = [(n, -i, i % 3) for i, n in enumerate(names)] + [("a", 5, 0), ("a", 5, -1), ("a", 4.5, 2)]
print(sorted(recs), sorted(recs, key=lambda r: (r[2], r[0])), sorted(recs, reverse=True)[:3])
print(("a", 1) < ("a", 2), ("a", 1) < ("a",), ("b",) > ("a", 9), ("a", 1.5) < ("a", 2), ((1, "x"),) < ((1, "y"),))
print(["a", 2] < ["a", 3], ("x", 2) == ("x", 2.0), ("x", "y") != ("x", "y"), "abc" < "abd", "ab" <= "a", S("b") > "a")
print(sorted([3, -1, 10**20, 2, -10**19, 0]), sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]))
try:
    sorted([("a", 1), ("a", "b")])
except TypeError as e:
    print("TypeError")
