# upper lower capitalize title swapcase casefold
for s in ["hello world", "HELLO", "mIxEd CaSe", "", "123abc", "they're bill's", "\xe9t\xe9", "a1b2", "  lead"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
