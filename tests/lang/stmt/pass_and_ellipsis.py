# pass and Ellipsis as statements
def f():
    pass
class C:
    pass
def g():
    ...
print(f(), g())
print(C.__name__)
if True:
    pass
for i in range(2):
    pass
print(i)
print(...)
print(Ellipsis is ...)
print(type(...).__name__)
