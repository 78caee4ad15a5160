# __context__ and __cause__ chaining
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(type(e.__context__).__name__)
    print(e.__cause__)

try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise IndexError(2) from k
except IndexError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
    print(e.__cause__ is e.__context__)
