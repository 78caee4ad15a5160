# imports inside functions bind local names
def f():
    import _lib
    from _lib import greet as g
    return g("local"), _lib.VALUE
print(f())
try:
    greet
except NameError:
    print("greet not global")
