# == between unrelated types is False; ordering raises TypeError
print(1 == "1", [] == (), None == 0, {} == [], 1 == [1], "a" == b"a", 1.0 == "1.0")
for a, b in [(1, "1"), ([], ()), (None, 0), ({}, {}), (1, None)]:
    try:
        print(a < b)
    except TypeError:
        print("TypeError", type(a).__name__, type(b).__name__)
print((1, "a") < (1, "b"), [1, [2]] < [1, [3]], (1, 2) == [1, 2])
