# Caesar and Vigenere ciphers with round trips
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
msg = "Hello, micro:bit World!"
for s in (1, 3, 13, 25):
    enc = caesar(msg, s)
    print(s, enc, caesar(enc, -s) == msg)
def vigenere(text, key, sign=1):
    res = []
    ki = 0
    for c in text.upper():
        if c.isalpha():
            k = ord(key[ki % len(key)]) - 65
            res.append(chr((ord(c) - 65 + sign * k) % 26 + 65))
            ki += 1
        else:
            res.append(c)
    return "".join(res)
e = vigenere("ATTACK AT DAWN", "LEMON")
print(e, vigenere(e, "LEMON", -1))
freq = sorted(((caesar(msg, 3).lower().count(ch), ch) for ch in set(caesar(msg, 3).lower()) if ch.isalpha()), reverse=True)
print(freq[:3])
