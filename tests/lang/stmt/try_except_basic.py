# try / except / else / finally orderings
def t(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("v")
        if n == 2:
            raise KeyError("k")
        if n == 3:
            1 / 0
    except ValueError as e:
        log.append("ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("lookup " + type(e).__name__)
    except Exception as e:
        log.append("other " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for n in range(4):
    print(n, t(n))

try:
    raise ValueError
except:
    print("bare except")

try:
    pass
finally:
    print("finally only")

try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
