# else runs only without an exception; finally always; return in else
def f(x):
    log = []
    try:
        log.append("try")
        if x == "raise":
            raise ValueError
        if x == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
        if x == "else-return":
            return log + ["returned from else"]
    finally:
        log.append("finally")
    log.append("after")
    return log
for x in ("ok", "raise", "return", "else-return"):
    print(x, f(x))
