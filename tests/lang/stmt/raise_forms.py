# raise with class, instance, re-raise, raise from
def f(kind):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise ValueError("msg", 2)
    if kind == 2:
        try:
            raise KeyError("a")
        except KeyError:
            raise
    if kind == 3:
        try:
            raise KeyError("a")
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    if kind == 4:
        raise TypeError("x") from None

for k in range(5):
    try:
        f(k)
    except Exception as e:
        print(k, type(e).__name__, e.args)
        c = e.__cause__
        print("  cause:", type(c).__name__ if c is not None else None)

try:
    raise 42
except TypeError:
    print("raise non-exception -> TypeError")
