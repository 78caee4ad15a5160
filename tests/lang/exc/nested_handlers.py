# exceptions crossing function calls and nested handlers
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except IndexError:
        print("wrong handler")
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", type(e).__name__, e.args)
        return "handled"
print(level1())
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    reraise()
except Exception as e:
    print("re-raised", type(e).__name__, e.args)
def finally_order():
    log = []
    try:
        try:
            log.append(1)
            raise ValueError
        finally:
            log.append(2)
    except ValueError:
        log.append(3)
    finally:
        log.append(4)
    return log
print(finally_order())
def exc_in_except():
    try:
        raise ValueError
    except ValueError:
        raise KeyError("from handler")
try:
    exc_in_except()
except KeyError as e:
    print("KeyError", e.args, type(e.__context__).__name__)
