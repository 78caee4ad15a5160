# globals() and locals()
gv = 5
print("gv" in globals(), globals()["gv"])
globals()["made"] = "via globals"
print(made)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
print(type(globals()).__name__)
