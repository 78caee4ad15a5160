# conditional expressions
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 1 if True else 1 / 0
y = 1 / 0 if False else 2
print(x, y)
f = (lambda v: "even" if v % 2 == 0 else "odd")
print([f(i) for i in range(4)])
print((10 if [] else 20) + 1)
s = "yes" if "a" in "abc" else "no"
print(s)
