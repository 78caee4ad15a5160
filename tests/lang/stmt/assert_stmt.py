# assert statement
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert 1 > 2, "custom message"
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
x = 0
def side():
    global x
    x += 1
    return "m"
assert True, side()
print("message not evaluated:", x)
