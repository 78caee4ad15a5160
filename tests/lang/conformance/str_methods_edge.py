# str methods with edge arguments
s = "Hello, World"
print(s.find("o"), s.find("o", 5), s.find("o", 5, 8), s.find("z"), s.find(""), s.find("", 20), s.rfind("o"), s.rfind("", 3))
print(s.index("W"), s.rindex("l"), s.count("l"), s.count(""), s.count("l", 4), "aaaa".count("aa"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError", e)
print(s.split(), s.split(","), s.split(", "), "a  b ".split(" "), "a,b,,c".split(",", 1), "".split(), "".split(","))
print("  a b  c ".split(None, 1), " a b c ".rsplit(None, 1), "a.b.c".rsplit(".", 1), "abc".split("abc"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-"), "aaa".replace("a", ""), "abc".replace("", "", 1))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.startswith("World", 7), s.endswith("ld"), s.endswith(("a", "d")), s.endswith("o", 0, 5))
print("  x  ".strip(), "xxhixx".strip("x"), "  x ".lstrip(), " x  ".rstrip(), "abcba".strip("ab"), "".strip())
print("abc".center(7), "abc".center(8, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "abc".center(2), "42".zfill(5), "-42".zfill(5), "+4".zfill(4))
print("hello world".title(), "they're bill's".title(), "hELLO".swapcase(), "hello".capitalize(), "HELLO wORLD".capitalize())
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "".isdigit(), " \t".isspace(), "".isspace(), "abc".islower(), "ABC".isupper(), "A1".isupper())
print("Abc Def".istitle() if hasattr(str, "istitle") else True, "123".isdecimal() if hasattr(str, "isdecimal") else True)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(3)))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError join")
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("%s is %d years" % ("Bob", 30), "%5.2f|%-5d|%05d" % (3.14159, 42, 7), "%x %X %o %e" % (255, 255, 8, 12345.678))
print("%r %s" % ("a", "a"), "%%", "%c%c" % (65, "B"), "%(name)s-%(n)d" % {"name": "x", "n": 3}, "%3s|%-3s|" % ("a", "b"))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}".format(x=5), "{0[1]}".format([7, 8]), "{:>5}".format("r"), "{:^7.3f}".format(3.14159))
print("{:,}".format(1234567), "{:08.3f}".format(-3.5), "{:+d}".format(5), "{:b}".format(10), "{:#x}".format(255), "{:%}".format(0.25), "{!r}".format("q"))
print("{{}}".format(), "{:*<6}".format("ab"), "{:e}".format(0.000123), "{:g}".format(1e20), "{:.2g}".format(123.456), "{:10.4}".format("abcdefg"))
print(f"{3+4}", f"{'nested'!r}", f"{10:#06x}", f"{3.14159:.2f}", f"{'a':>{5}}", f"{{lit}}", f"{1}{2}")
w = 7
print(f"{w=}" if True else "", f"{w*2 = }")
print("abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "abc"[-10:2], "é日本"[1], len("é日本"), "日本"[::-1])
print("ab" < "abc", "a" * 3, "abc" * 0, "abc".upper().lower(), "ß".upper() if False else "skip")
print("tab\tsep".expandtabs() if hasattr(str, "expandtabs") else "tab     sep")
print("abc".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode(), str(b"ab", "utf-8"), "x".encode("ascii"))
print(str.lower("ABC"), "Ab".casefold() if hasattr(str, "casefold") else "ab")
print("a,b;c".replace(",", ";").split(";"), "1 2 3".split(" ", -1), "  lead".split(" "))
print("x".join(["1"]), "abc".find("c", -1), "abc".find("a", -1), "abcabc".rfind("abc", 0, 5), "aXbXc".split("X", 0))
print("Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1), "Mississippi".rsplit("ss", 1), "Mississippi".rindex("i", 0, 5))
print(ascii("é日") if True else "", repr("\u200b"), "ab\x00c")
