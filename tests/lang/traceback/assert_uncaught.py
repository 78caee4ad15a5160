# an uncaught AssertionError with a message
def check(v):
    assert v >= 0, "negative value"
    return v

print(check(1))
check(-1)
