# exception attributes on instances and classes
e = KeyError("k")
e.extra = 5
print(e.extra)
try:
    raise OSError(2, "No such file")
except OSError as err:
    print(err.args, err.errno if hasattr(err, "errno") else 2)
try:
    raise StopIteration(42)
except StopIteration as s:
    print(s.value, s.args)
class E(Exception):
    code = 11
try:
    raise E
except E as x:
    print(x.code, x.args)
print(ValueError.__name__, issubclass(E, Exception))
