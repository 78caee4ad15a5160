# global declarations
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)

def make():
    global newname
    newname = "created"
make()
print(newname)

def reader():
    return counter * 10
print(reader())

def shadow():
    counter = 99
    return counter
print(shadow(), counter)

def g2():
    global a, b
    a, b = 1, 2
g2()
print(a, b)
