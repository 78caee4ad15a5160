# chr() and ord() across ASCII and unicode
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("\xe9"), ord("\u20ac"), ord("\U0001F600"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(0x1F600) == "\U0001F600")
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "micro:bit"])
print(ord(b"A"[0:1]) if False else ord("Z"))
try:
    chr(0x110000)
except ValueError:
    print("ValueError")
try:
    ord("")
except TypeError:
    print("TypeError empty")
