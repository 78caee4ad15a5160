# split rsplit splitlines join
print("a b  c".split(), "a,b,,c".split(","), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), " x ".split(" "))
print("".split(), "".split(","), "  ".split(), "abc".split("abc"), "a--b--c".split("--"), "1 2 3".rsplit(maxsplit=1))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(3)), "ab".join(("1", "2")))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError join")
try:
    "a".split("")
except ValueError:
    print("ValueError empty sep")
print("a\tb\x0bc\x0cd e".split())
