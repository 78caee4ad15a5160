# Word count: generate text, normalise words with str methods, count in a dict, rank the top words.
# quick-size: 2
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 400  # paragraphs of 1000 words

VOCAB = (
    "the quick brown fox jumps over lazy dog micro bit python button display image pixel "
    "radio music speech accelerometer compass temperature light sensor pin touch logo "
    "sound level heart happy sad angry asleep surprised silly fabulous meh yes no"
).split()
PUNCT = ",.;:!?"


def paragraph(seed, words):
    parts = []
    for i in range(words):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        w = VOCAB[(seed >> 8) % len(VOCAB)]
        if (seed >> 4) & 7 == 0:
            w = w.capitalize()
        if (seed >> 12) % 11 == 0:
            w += PUNCT[(seed >> 16) % len(PUNCT)]
        parts.append(w)
    return " ".join(parts), seed


def count(text, counts):
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            counts[w] = counts.get(w, 0) + 1


counts = {}
seed = 7
chars = 0
for p in range(N):
    text, seed = paragraph(seed, 1000)
    chars += len(text)
    count(text, counts)
    pairs = {}
    words = text.split()
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
top = ",".join("%s=%d" % kv for kv in ranked[:5])
print("wordcount", N, chars, len(counts), len(pairs), top)
