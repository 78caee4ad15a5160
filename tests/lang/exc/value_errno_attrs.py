# MicroPython's `value` on every exception (the first argument, or None) and `errno` on OSError (the first
# argument); what a program sets itself comes first. CPython has `value` on StopIteration only and
# `errno` None for a one-argument OSError: expected output in the .exp.
for e in [ValueError(), ValueError(1), ValueError(1, 2), StopIteration(5), StopIteration(), KeyError("k"),
          Exception("x"), OSError(2), OSError(2, "no such file")]:
    print(type(e).__name__, e.value)
for e in [OSError(), OSError(2), OSError(13, "denied"), OSError("text")]:
    print("errno", e.errno)

class MyError(Exception):
    def __init__(self, value):
        super().__init__("message")
        self.value = value

class Plain(Exception):
    pass

print(MyError(7).value, MyError(7).args, Plain("p").value, Plain().value)
try:
    raise ValueError("raised")
except ValueError as e:
    print(e.value)
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == e.value == 2)
