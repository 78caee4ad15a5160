# print() with sep, end, file and flush
import sys
print(1, 2, 3)
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print("x", end="|\n")
print()
print(*[1, 2, 3], sep="-", end=".\n")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print(None, True, 1.5, [1, "a"], ("t",), {"d": 1})
print("", "")
print(sep="x")
print("a", "b", sep=None, end=None)
# A user stream gets one write() per item, separator and end; what write() raises comes out of print.
class Stream:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Stream()
print("a", 1, [2], sep="", end="!", file=w)
print(file=w)
print("x", "y", file=w)
print(w.parts)
class Failing:
    def write(self, s):
        raise OSError(5)
try:
    print("z", file=Failing())
except OSError as e:
    print("OSError", e.args)
