# str operators, indexing and slicing by code point, iteration, comparisons, repr
u = "héllo wörld €uro 😀!"
print(len(u), u[1], u[-1], u[-2], u[4:9], u[::-1], u[::3], u[-5:], u[1:-1:2], u[100:], u[:-100] == "")
print(list("aé€😀"), [c for c in u if ord(c) > 127], u.upper(), u.find("€"), u.index("😀"), u.count("ö"))
print(u.split(), u.rfind("l"), "€" in u, "x" in u, u.startswith("hé"), u.encode())
print(u.center(30, "·"), u.ljust(25, "é") + "|", u.replace("ö", "oe"), u.partition("€"))
print("abc" < "abd", "abc" < "ab", "é" > "z", "€" > "é", "😀" > "€", "a" == "a", "a" != "b", "A" <= "a", "b" >= "a")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 5, "x" + "y", "a" "b")
s = "abc"
s += "def"
s *= 2
print(s, s[2:8:2], s[-1:-7:-2], s[5:1], s[::-2])
for x in ["", "a", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "back\\slash", "\x00\x01\x7f", "\x80\x9f\xa0", "é€😀", "\u200b\u2028", "\ud7ff"]:
    print(repr(x), ascii(x))
print(str(b"abc", "utf-8"), str(b"\xc3\xa9", "utf-8"), str(b"ab\xff", "utf-8", "replace"), str(b"ab\xff", errors="ignore"), str(), str(5))
print("é".encode("utf-8"), "é".encode("latin-1"), "aé".encode("ascii", "replace"), "aé".encode("ascii", "ignore"), "aé€".encode("ascii", "backslashreplace"))
print(b"\xc3\xa9t\xc3\xa9".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "backslashreplace"))
for bad in [lambda: "é".encode("ascii"), lambda: b"\xff".decode(), lambda: b"\xe4\xb8".decode(), lambda: b"a".decode("nope"),
            lambda: b"\xff".decode("ascii"), lambda: str("x", "utf-8"), lambda: "abc"[3], lambda: "abc"[str("x")], lambda: "abc"[::0]]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, LookupError) as e:
        # UnicodeEncodeError/UnicodeDecodeError are printed by their base name: the core has UnicodeError only
        print("UnicodeError" if isinstance(e, UnicodeError) else type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), sorted(["b", "a", "é", "C"]), max("hello"), "".join(reversed("abc")))
print("ß".upper(), "ǅ".lower() if False else "x", "ÀÉÎ".lower(), "àéî".upper(), "Ωμέγα".upper(), "ПРИВЕТ".lower(), "ÿ".upper())
print("i" in "list", "" in "abc", "" in "", "abc".__contains__("b") if hasattr("", "__contains__") else True)
