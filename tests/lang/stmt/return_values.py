# return forms: bare, tuple, from loops and nested blocks
def a(): return
def b(): return 1, 2
def c():
    for i in range(10):
        if i == 3:
            return i
def d():
    while True:
        try:
            return "from try"
        finally:
            pass
def e(x):
    if x:
        return [x]
    else:
        return {}
def f():
    with open.__class__ if False else type("CM", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None})():
        return "from with"
print(a(), b(), c(), d(), e(1), e(0), f())
x, y = b()
print(x + y)
