# mbpy compiles each def that lies in no other def as soon as it is parsed (to keep the syntax tree of a
# whole module out of the heap). These programs must behave as if the module were compiled at once.

# Methods: super(), __class__, defaults evaluated in the class body, a class in an if at module level.
K = 3


class Base:
    def hello(self):
        return "base"


class Child(Base):
    scale = K * 2

    def hello(self, greeting="hi", n=scale):
        return greeting + " " + super().hello() + " " + str(n)

    def cls(self):
        return __class__.__name__

    @staticmethod
    def twice(x):
        return 2 * x


if K > 1:

    class Late(Child):
        def hello(self):
            return "late/" + super().hello()


print(Child().hello(), Child().cls(), Child.twice(21), Late().hello())


# Decorators and defaults are evaluated where the def is, in order.
def tagged(tag):
    def wrap(f):
        def inner(*a):
            return tag + ":" + str(f(*a))

        return inner

    return wrap


@tagged("sq")
def square(x, offset=K):
    return x * x + offset


print(square(4))


# A def inside a def stays part of it (closures); a generator; a def in a loop at module level.
def counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n

    return step


c = counter()
print(c(), c(), c())


def gen(n):
    yield from range(n)
    return


print(list(gen(4)))
made = []
for i in range(3):

    def f(x=i):
        return x * 10

    made.append(f)
print([g() for g in made])


# Which error compile() reports when a source has several: a syntax error anywhere wins over an error
# found while compiling a def, as when the whole module is parsed first.
def report(src):
    try:
        compile(src, "<s>", "exec")
        return "compiled"
    except SyntaxError as e:
        msg = e.args[0] if e.args else ""
        return "loop error" if "loop" in msg else "other error"


print(report("def f():\n    break\n\nx = (\n"))
print(report("def f():\n    break\n"))
print(report("class C:\n    def m(self):\n        continue\n\ny = 1 +\n"))
print(report("def f():\n    return 1\ndef g():\n    continue\n"))
print(report("def f():\n    return 1\n"))
