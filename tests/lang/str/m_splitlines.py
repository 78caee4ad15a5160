# splitlines with keepends and mixed line breaks
for s in ["", "one", "one\n", "one\ntwo", "a\r\nb\rc\nd", "\n\n", "x\r\n\r\ny", "tail\r"]:
    print(repr(s), s.splitlines(), s.splitlines(True))
