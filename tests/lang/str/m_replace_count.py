# replace with count and empty patterns
s = "spam spam spam"
for c in (-1, 0, 1, 2, 5):
    print(c, s.replace("spam", "eggs", c), s.replace("", "|", c) if c < 3 else "", "aaaa".replace("aa", "b", c))
print("".replace("", "x"), "abc".replace("abc", ""), "a.b.c".replace(".", ""))
