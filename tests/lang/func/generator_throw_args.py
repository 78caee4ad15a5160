# generator.throw's arguments: a class and a value make an instance of the class; anything that is not an
# exception class or instance is a TypeError, and a class is never called before it is checked.
def g():
    try:
        yield 1
    except ValueError as e:
        yield "caught %r" % (e.args,)


def throw(*args):
    it = g()
    next(it)
    try:
        return it.throw(*args)
    except BaseException as e:  # noqa: B036 - what escapes is the point
        return type(e).__name__


print(throw(ValueError))
print(throw(ValueError, 5))
print(throw(ValueError, ValueError(7)))
print(throw(ValueError("v")))
print(throw(KeyError, 3))
print(throw(int, 0))
print(throw(str, 0))
print(throw(type, 0))
print(throw(None))
print(throw(3))
print(throw(ValueError("v"), 5))
print(throw(object, 1))
it = g()
try:
    it.throw(int, 0)  # not started: the TypeError comes first, the generator is left as it was
except TypeError:
    print("TypeError")
print(next(it))
