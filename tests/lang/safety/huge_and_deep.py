# Sizes no heap holds and nesting deeper than the stack end in an exception, never a crash or a hang.


def attempt(label, f):
    try:
        r = f()
        print(label, r if len(repr(r)) < 60 else len(r))
    except (MemoryError, OverflowError):
        print(label, "too big")
    except (RecursionError, ValueError, TypeError) as e:
        print(label, type(e).__name__)


attempt("list", lambda: [0] * 2**62)
attempt("list 2**63", lambda: [0, 1] * 2**63)
attempt("tuple", lambda: (1, 2) * 2**62)
attempt("str", lambda: "ab" * 2**62)
attempt("bytes", lambda: b"ab" * 2**62)
attempt("bytes neg", lambda: b"x" * -1)
attempt("bytearray neg", lambda: bytearray(b"x") * -5)
attempt("str neg", lambda: "x" * -(2**70))
attempt("zfill", lambda: "ab".zfill(2**62))
attempt("ljust", lambda: "ab".ljust(2**62, "é"))
attempt("center", lambda: b"ab".center(2**62))
attempt("expandtabs", lambda: "a\tb".expandtabs(2**62))
attempt("format width", lambda: format(1, "9999999999999999999"))
attempt("bytes(n)", lambda: bytes(2**62))
attempt("small ok", lambda: "ab".zfill(5) + "x".center(4, "-") + "a\tb".expandtabs(3))

# Containers that hold themselves, and nesting deeper than the C stack.
a = [1]
a.append(a)
b = [1]
b.append(b)
attempt("self eq", lambda: a == b)
d = {}
d[1] = d
e = {}
e[1] = e
attempt("self dict eq", lambda: d == e)
print(repr(a), repr(d))
x = y = ()
for i in range(100000):
    x = (x,)
    y = (y,)
attempt("deep eq", lambda: x == y)
try:  # CPython's larger stack gets through; mbpy may stop (either way: no crash)
    hash(x)
except RecursionError:
    pass
print("deep hash done")
attempt("deep repr", lambda: repr(x))
t = 1
for i in range(40):
    t = (t,)
print(repr(t))

# sort with a key that changes the list
lst = list(range(20))


def key(v):
    lst.append(v)
    return -v


attempt("sort key", lambda: lst.sort(key=key))
print(len(lst) >= 20)
lst = [3, 1, 2]


def clear_key(v):
    lst.clear()
    return v


attempt("sort clear", lambda: lst.sort(key=clear_key))
print(lst)
