# zfill with signs, empty, long strings
for s in ["", "0", "42", "-42", "+42", "--1", "abc", "-", "+", "1234567", "3.14", "-0.5"]:
    print(repr(s), s.zfill(0), s.zfill(3), s.zfill(6))
