# Free variables read through the function's closure (not copied into frames): recursion, class bodies,
# locals(), nonlocal stores, super() in a method of a class made inside a function, generators.


def outer(n):
    total = [0]
    step = 2

    def rec(k):
        if k == 0:
            return 0
        total[0] += step
        return k + rec(k - 1)

    return rec(n), total[0]


print(outer(10))


def counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def peek():
        x = 5
        return sorted(locals().items())

    return inc, peek


inc, peek = counter()
inc()
inc(4)
print(inc(), peek())


def make_class(tag):
    class K:
        label = tag * 2

        def who(self):
            return tag, self.label

    class L(K):
        def who(self):
            return ("L",) + super().who()

    return L


print(make_class("x")().who())


def gen_over(limit):
    seen = []

    def g():
        for i in range(limit):
            seen.append(i)
            yield i * limit

    return list(g()), seen


print(gen_over(4))


def unbound():
    def f():
        return later

    try:
        f()
    except NameError as e:
        print("NameError")
    later = 1
    return f()


print(unbound())
