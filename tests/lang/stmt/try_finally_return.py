# return/break/continue interacting with finally
def a():
    try:
        return "try"
    finally:
        print("a finally")

def b():
    try:
        return "try"
    finally:
        return "finally"

def c():
    try:
        raise ValueError
    finally:
        return "swallowed"

def d():
    x = 1
    try:
        return x
    finally:
        x = 2

def e():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue

def f():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke " + str(i)

print(a())
print(b())
print(c())
print(d())
print(e())
print(f())
