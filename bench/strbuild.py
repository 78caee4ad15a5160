# String building: repeated += on str, char-by-char transforms, replace, upper/lower, find.
# quick-size: 20
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 60000


def build_line(i):
    s = ""
    for j in range(20):
        s += chr(97 + (i * 7 + j * 3) % 26)
        if j % 5 == 4:
            s += "-"
    return s


def rot13(s):
    out = ""
    for ch in s:
        o = ord(ch)
        if 97 <= o <= 122:
            out += chr((o - 97 + 13) % 26 + 97)
        else:
            out += ch
    return out


total = 0
doc = ""
for i in range(N):
    line = build_line(i)
    enc = rot13(line)
    if rot13(enc) != line:
        raise SystemExit("rot13 mismatch")
    up = enc.upper().replace("-", "+")
    total += up.find("N") + up.count("+") + len(up)
    doc += up[:4]
    if len(doc) > 2000:
        total += doc.count("A") + doc.rfind("Z")
        doc = doc[1000:]
print("strbuild", N, total, len(doc), doc[-8:])
