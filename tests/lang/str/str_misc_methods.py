# misc: encode, translate-ish, in, multiplication, comparisons, str() of objects
s = "micro:bit"
print(s.encode(), s.encode("ascii"), s * 2, s + "!", s < "microbit", s == "micro:bit", "bit" in s)
print(s.upper().lower() == s, s.split(":"), s[::-1], s[:5], len(s), s.count("i"))
print(str(123), str(-1.5), str([1, "a"]), str({"a": 1}), str((1,)), str(None), str(True))
print("abc".maketrans("ab", "xy") if hasattr(str, "maketrans") else "skip")
print("hello".translate({ord("l"): "L", ord("o"): None}) if hasattr(str, "translate") else "heLL")
print(min("zebra"), max("zebra"), sorted("zebra"), list("hi"), tuple("hi"), set("aa"))
print("ab".__len__(), "x".__add__("y"), "A".__eq__("A"))
