# Exceptions in loops: raise and catch user exceptions, KeyError/IndexError/ValueError from builtins,
# finally blocks, re-raise, and exception attributes.
# quick-size: 200
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200000


class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error", code)
        self.code = code


class RetryError(AppError):
    pass


def risky(i):
    if i % 7 == 0:
        raise RetryError(i % 5)
    if i % 3 == 0:
        raise AppError(i % 11)
    return i


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


table = {"a": 1, "b": 2}
items = [1, 2, 3]
total = 0
cleanups = 0
for i in range(N):
    try:
        total += risky(i)
    except RetryError as e:
        total += 100 + e.code
    except AppError as e:
        total += e.code + len(e.args)
    finally:
        cleanups += 1
    try:
        total += table["c" if i & 1 else "a"]
    except KeyError:
        total += 3
    try:
        total += items[i % 5]
    except IndexError as e:
        total += 5
    total += parse("x" if i % 4 == 0 else str(i))
    try:
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError:
            raise
    except ValueError as e:
        total += e.args[0] % 3
print("exceptions", N, total, cleanups)
