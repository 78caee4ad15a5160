# generators resumed inside the running loop: generator expressions, yield from lists and iterators
# generator expressions nested in for loops, and sum/enumerate over them (resumed from C)
print(sum(x * x for x in (y + 1 for y in range(5))))
print([i for i, v in enumerate(c for c in "abc")])

# yield from a list or another iterator inside generators resumed by for and by yield from
def lines(text):
    yield from text.split("\n")

def nonblank(ls):
    return (l for l in ls if l.strip())

print(list(nonblank(lines("a\n\nb\n  \nc"))))

def wrap(it):
    yield "<"
    yield from it
    yield ">"

for x in wrap(wrap(iter(range(2)))):
    print(x, end=" ")
print()
