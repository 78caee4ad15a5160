# morse encoder/decoder
CODE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
        "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
        "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
        "Y": "-.--", "Z": "--..", "1": ".----", "2": "..---", "0": "-----"}
REV = {v: k for k, v in CODE.items()}
def encode(s):
    return " / ".join(" ".join(CODE[c] for c in w) for w in s.upper().split())
def decode(m):
    return " ".join("".join(REV[c] for c in w.split()) for w in m.split(" / "))
for text in ["SOS", "micro bit", "hello world 2020"]:
    e = encode(text)
    print(e)
    print(decode(e))
durations = {".": 1, "-": 3}
print("units", sum(durations[c] for c in encode("SOS") if c in durations))
