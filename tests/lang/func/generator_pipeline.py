# chaining generators into a pipeline
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(5, squared(evens(numbers(100))))))
print(sum(squared(evens(numbers(10)))))
def lines(text):
    yield from text.split("\n")
def nonblank(ls):
    return (l for l in ls if l.strip())
print(list(nonblank(lines("a\n\nb\n  \nc"))))
