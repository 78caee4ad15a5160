# str.center edge cases: odd/even padding, fill chars, width smaller than string
for s in ["", "a", "ab", "abc", "\u20ac"]:
    for w in (0, 1, 4, 5, 8):
        print(repr(s.center(w)), repr(s.center(w, "*")))
try:
    "a".center(5, "ab")
except TypeError:
    print("TypeError fill length")
