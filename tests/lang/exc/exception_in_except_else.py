# exceptions raised in else/finally are not caught by the same try's handlers
def g():
    try:
        pass
    except ValueError:
        return "caught here?"
    else:
        raise ValueError("from else")
try:
    g()
except ValueError as e:
    print("outer caught", e)
def h():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return "inner handled " + str(inner)
print(h())
