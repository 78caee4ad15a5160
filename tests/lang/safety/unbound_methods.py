# Builtin methods taken from their type check their self: a wrong or missing one is a TypeError, a
# subclass instance is fine, and the class and static methods of builtin types keep working.


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("append int", list.append, 1, 2)
attempt("append none", list.append)
attempt("append None", list.append, None, 1)
attempt("str.upper bytes", str.upper, b"x")
attempt("str.join int", str.join, 1, [])
attempt("bytes.hex str", bytes.hex, "ab")
attempt("bytearray.find bytes", bytearray.find, b"abc", b"b")
attempt("dict.keys list", dict.keys, [])
attempt("set.add frozenset", set.add, frozenset(), 1)
attempt("tuple.index list", tuple.index, [1], 1)
attempt("int.bit_length float", int.bit_length, 1.5)
attempt("float.hex int", float.hex, 1)
attempt("list.sort tuple", list.sort, (3, 1))
attempt("str.format none", str.format)

# The right self, plain or a subclass instance.
lst = [3, 1]
list.append(lst, 2)
list.sort(lst)
print(lst, str.upper("ab"), bytes.hex(b"\x01"), int.bit_length(255), dict.get({1: 2}, 1))
print(int.bit_length(True), str.join(",", ["a", "b"]))


class L(list):
    pass


class S(str):
    pass


x = L()
list.append(x, 5)
L.append(x, 6)
print(x, list.__len__(x), S.upper(S("q")), str.upper(S("w")))
attempt("L.append list", L.append, [], 7)
attempt("L.append int", L.append, 7, 7)

# A method stored in another class checks the instance it is called on.


class A:
    push = list.append


attempt("A().push", lambda: A().push(1))

# Bound builtin methods have no __func__ (it would take any self).
try:
    [].append.__func__
except AttributeError:
    print("no __func__")

# Class and static methods of builtin types, called on the type and on an instance.
print(bytes.fromhex("0aff"), b"".fromhex("01"), bytearray.fromhex("02"), bytearray().fromhex("03"))
print(float.fromhex("0x1.8p1"), (0.5).fromhex("0x1p-1"))
print(int.from_bytes(b"\x01\x02", "big"), (7).from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"\xff", "big", signed=True))
print(str.maketrans("ab", "xy"), "".maketrans("a", "b", "c"), str.maketrans({"a": "b"}))
print(bytes.maketrans(b"a", b"b")[97], bytearray.maketrans(b"c", b"d")[99])
print(dict.fromkeys("ab"), {}.fromkeys([1], 0))
attempt("fromhex int", bytes.fromhex, 1)
attempt("maketrans int", str.maketrans, 1)

# __new__ of builtin types makes only what it can make.
attempt("int.__new__(list)", int.__new__, list)
attempt("object.__new__(int)", object.__new__, int)
attempt("object.__new__(L)", object.__new__, L)
attempt("list.__new__(dict)", list.__new__, dict)
print(type(int.__new__(int)), type(object.__new__(A)), type(list.__new__(L)))


class E(ValueError):
    pass


print(repr(ValueError.__new__(E, 1)), type(Exception.__new__(E)))
attempt("object.__new__(E)", object.__new__, E)
attempt("object.__new__(L) again", object.__new__, L)

# One builtin part per instance: bases with different ones are refused (a dict method would read a list).
for bases in ((list, dict), (int, str), (Exception, list), (L, dict), (E, bytearray), (type, list)):
    try:
        type("X", bases, {})
        print(bases, "made")
    except TypeError as e:
        print(bases, "TypeError:", e)
for bases in ((L, list), (E, TypeError), (ValueError, KeyError), (list, object)):
    print(type("X", bases, {}).__mro__[1:])
