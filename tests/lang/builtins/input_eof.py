# input() with no stdin raises EOFError
try:
    s = input()
    print("got", repr(s))
except EOFError:
    print("EOFError")
