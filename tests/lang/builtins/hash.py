# hash() properties that hold everywhere (never print string hashes)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(5), hash(-1) == hash(-2) or True, hash(()) == hash(()))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("ab" + "c"))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(isinstance(hash("x"), int), isinstance(hash(object()), int))
print(hash(2 ** 10) == 1024, hash(None) == hash(None))
