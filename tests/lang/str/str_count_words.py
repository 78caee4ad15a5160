# typical text processing: word frequency with dict and sorted
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away quick quick"""
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(w, n)
print(len(text.split("\n")), len(text.split()), sum(len(w) for w in text.split()))
print(text.title().split("\n")[0])
vowels = sum(1 for c in text if c in "aeiou")
print("vowels", vowels)
