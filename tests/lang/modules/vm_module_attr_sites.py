# Module attributes through the VM's attribute sites: a builtin module's constant table and its dict,
# globals added to, replaced in and deleted from a module while the same code keeps reading them.
import math
import sys


def use(n):
    out = []
    for i in range(n):
        out.append(round(math.sqrt(i) + math.cos(0) + math.pi, 6))
    return out


print(use(4))
orig = math.sqrt
math.sqrt = lambda x: -x
print(use(3))
math.sqrt = orig
print(use(3))
print(use(2))


def reads(k):
    r = []
    for i in range(k):
        r.append(sys.answer)
        sys.answer += 1
    return r


sys.answer = 40
print(reads(3), sys.answer)
del sys.answer
try:
    reads(1)
except AttributeError:
    print("AttributeError")
sys.answer = "x"
sys.other = 1
print(reads.__name__, sys.answer)


def methods(vals):
    return [math.floor(v) for v in vals] + [math.floor(v) for v in vals]


print(methods([1.5, -2.5]))
math.floor = str
print(methods([1.5]))
