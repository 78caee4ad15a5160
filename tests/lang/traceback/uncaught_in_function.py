# traceback through nested function calls lists every frame, innermost last
def inner(x):
    if x > 1:
        raise ValueError("bad value")
    return x

def outer(x):
    return inner(x + 1)

print("start")
outer(1)
