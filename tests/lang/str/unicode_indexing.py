# indexing and slicing by code point in UTF-8 strings
s = "h\xe9llo \u20ac\U0001F600!"
print(len(s), s[1], s[6], s[7] == "\U0001F600", s[-1], s[1:4], s[::-1] == "!\U0001F600\u20ac oll\xe9h")
print([ord(c) for c in s])
print(s.encode("utf-8"), len(s.encode()))
print(s.upper(), s.find("\u20ac"), s.index("!"), "\u20ac" in s, s.count("l"))
print("".join(sorted("\u03b3\u03b1\u03b2")), "\u00fc".upper(), "\u00c9".lower())
b = "caf\xe9".encode()
print(b, b.decode(), b.decode("utf-8") == "caf\xe9")
for ch in "a\xe9\u20ac":
    print(ch, ord(ch), ch.encode())
