# generators resumed by for and yield from inside the running loop: results, loop ends, errors
def count(n):
    for i in range(n):
        yield i
    return "done"

def double(src):
    for x in src:
        yield 2 * x

def chain(n):
    if n:
        r = yield from chain(n - 1)
        yield r
        return r + 1
    yield "leaf"
    return 0

print(list(double(double(count(4)))))
print(list(chain(3)))
print(list(chain(30))[-3:])
for x in count(0):
    print("never")
print("empty ok")

# an exception raised in a generator reaches the loop's try, and the generator is finished
def fails(n):
    for i in range(n):
        yield i
    raise ValueError("in gen %d" % n)

g = fails(2)
got = []
try:
    for x in g:
        got.append(x)
except ValueError as e:
    print("caught", e, got)
print(list(g))

# a StopIteration escaping a generator body is RuntimeError (PEP 479), also when resumed by for
def leaks():
    yield 1
    raise StopIteration("x")

try:
    for x in leaks():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

