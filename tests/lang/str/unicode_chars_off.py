# Without MBPY_UNICODE_CHARS (the device, as the original firmware): the str methods know letters, digits,
# spaces and case in ASCII only. Other characters are no letter, digit or space and have no case, so
# upper() and lower() keep them; ASCII text is as in CPython. repr() still escapes what is unprintable.
print("\u00e9".upper() == "\u00e9", "\u00c9".lower() == "\u00c9", "caf\u00e9".upper() == "CAF\u00e9")
print("\u00e9".isalpha(), "\u0660".isdigit(), "\u00a0".isspace(), "\u03a9".isupper(), "\u03c9".islower())
print("a\u00e9".islower(), "A\u00e9".isupper(), "\u00e9".islower(), "abc".isalpha(), "09".isdigit())
print("a\u00a0b c".split(), "\u00a0x\u00a0 ".strip() == "\u00a0x\u00a0", "\u2003".strip() == "\u2003")
print("Hello World".upper(), "Hello World".lower(), " \t\n\r\x0b\x0c x".strip())
print(repr("\u00e9\u00a0\x00\u200b"), "\u00df".upper() == "\u00df")
é = 1  # non-ASCII names stay, as on the original
print(é)
