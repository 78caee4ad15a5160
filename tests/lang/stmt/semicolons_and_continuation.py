# statements on one line, line continuation, implicit joining
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
    2 + \
    3
print(total)
lst = [
    1, 2,
    3,   # comment inside
]
print(lst)
d = {"a": 1,
     "b": 2}
print(d)
s = ("con"
     "cat"
     'enated')
print(s)
if (a == 1 and
        b == 2):
    print("multi-line condition")
def f(x,
      y):
    return x * y
print(f(6,
        7))
