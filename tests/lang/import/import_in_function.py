# imports inside functions bind local names
def f():
    import _helper
    from _helper import greet as g
    return g("local"), _helper.VALUE
print(f())
try:
    greet
except NameError:
    print("greet not global")
