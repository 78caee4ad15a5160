# strip family with character sets
tests = [("  hi  ", None), ("xxhixx", "x"), ("abcba", "ab"), ("hello", "ol"), ("", "a"), ("aaa", "a"), ("\t\n x \r\n", None), ("<<tag>>", "<>")]
for s, chars in tests:
    print(repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
print("www.example.com".strip("cmowz."), "  spaces  ".strip(" s"))
