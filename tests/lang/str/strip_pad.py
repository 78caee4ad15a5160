# strip lstrip rstrip center ljust rjust zfill expandtabs
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.ex.com".lstrip("w."))
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "hi".ljust(5, "-") + "]", "[" + "hi".rjust(5) + "]")
print("hi".center(1), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4))
print("[" + "odd".center(6) + "]", "[" + "odd".center(8) + "]", "[" + "ab".center(5) + "]")
