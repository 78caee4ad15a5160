# finally in a generator runs when the generator is closed or exhausted
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print(x)
it = g()
print(next(it))
it.close()
print("after close")
def h():
    try:
        yield 1
    except ValueError:
        print("handled in generator")
        yield "after"
it = h()
next(it)
print(it.throw(ValueError))
