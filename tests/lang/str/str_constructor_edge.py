# str() constructor variants and str as a type
print(str(), repr(str()), str("x"), str(b"ab"), str(bytearray(b"c")), str(5.0), str(-0.0))
print(type("") is str, isinstance("x", str), str.__name__)
print(str.upper("abc"), str.join(",", ["a", "b"]))
class S:
    def __str__(self):
        return "S!"
print(str(S()), "%s" % S(), "{}".format(S()), f"{S()}")
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError:
    print("TypeError __str__ returned non-string")
