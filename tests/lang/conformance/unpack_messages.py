# unpacking errors: CPython's messages for too few / too many values
def unpack(seq):
    try:
        a, b, c = seq
        print(a, b, c)
    except ValueError as e:
        print("ValueError", e)
unpack([1, 2])
unpack((1,))
unpack("abcd")
unpack(iter([]))
unpack(x for x in range(2))
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    (a, b), c = [1], 2
except ValueError as e:
    print("ValueError", e)
