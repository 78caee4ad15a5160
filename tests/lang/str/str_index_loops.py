# character-level processing with indexes
s = "the micro:bit is small"
caps = ""
for i in range(len(s)):
    caps += s[i].upper() if i == 0 or s[i - 1] == " " else s[i]
print(caps)
print([i for i, c in enumerate(s) if c == "i"])
rev_words = " ".join(w[::-1] for w in s.split())
print(rev_words)
runs = []
i = 0
t = "aaabccddddx"
while i < len(t):
    j = i
    while j < len(t) and t[j] == t[i]:
        j += 1
    runs.append("%s%d" % (t[i], j - i))
    i = j
print("".join(runs))
