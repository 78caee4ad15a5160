# anagrams, palindromes and word scores
words = ["listen", "silent", "enlist", "google", "level", "radar", "micro", "bit", "tinsel", "rotor", "python"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(g for g in groups.values() if len(g) > 1))
print([w for w in words if w == w[::-1]])
SCORES = {c: s for s, letters in [(1, "aeilnorstu"), (2, "dg"), (3, "bcmp"), (4, "fhvwy"), (5, "k"), (8, "jx"), (10, "qz")] for c in letters}
scored = sorted(((sum(SCORES[c] for c in w), w) for w in words), reverse=True)
print(scored[:4])
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
def is_pangram(s):
    return set("abcdefghijklmnopqrstuvwxyz") <= set(s.lower())
print(is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("micro:bit"))
