# methods on non-ASCII text
s = "Gr\xfc\xdfe aus K\xf6ln \u2013 caf\xe9"
print(s, len(s), s.upper() if False else s.lower(), s.split(), s.find("K\xf6ln"), s.replace("\xe9", "e"))
print(s[::-1], s.startswith("Gr\xfc"), s.endswith("\xe9"), s.count("\xf6"), s.index("\u2013"))
print(s.encode(), len(s.encode()), s.encode().decode() == s)
print("\u20ac100".rjust(8, "*"), "\xe9".center(5, "\xb7"), "-".join("\u263a\u263b"))
