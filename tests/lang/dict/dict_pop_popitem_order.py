# popitem is LIFO; pop keeps the rest in order
d = {c: i for i, c in enumerate("abcde")}
print(d.popitem(), d.popitem(), d)
print(d.pop("a"), d)
d["z"] = 9
print(list(d.items()))
while d:
    print(d.popitem())
