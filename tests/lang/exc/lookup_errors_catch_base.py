# catching base classes catches subclasses
def attempt(f):
    try:
        f()
    except LookupError as e:
        return "LookupError:" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError:" + type(e).__name__
    except Exception as e:
        return "Exception:" + type(e).__name__
for f in (lambda: [][0], lambda: {}[1], lambda: 1 / 0, lambda: 2.0 ** 5000, lambda: int("q"), lambda: getattr(None, "call")()):
    print(attempt(f))
