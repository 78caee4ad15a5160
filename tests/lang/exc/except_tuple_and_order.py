# except clauses are tried in order; tuples match any
def f(exc):
    try:
        raise exc
    except (TypeError, ValueError):
        return "type-or-value"
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "other"
for e in (TypeError, ValueError("v"), KeyError, IndexError, ZeroDivisionError, OverflowError, RuntimeError):
    print(f(e))
handlers = (KeyError, IndexError)
try:
    [][1]
except handlers as e:
    print("dynamic tuple", type(e).__name__)
