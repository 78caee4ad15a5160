# enumerate and zip combined
names = ["ann", "bob", "cy"]
scores = [12, 30, 21]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), 1):
    print(rank, name, score)
print(dict(enumerate(names, 1)), list(zip(*enumerate("ab"))))
