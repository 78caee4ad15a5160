# assert used for validation with messages from expressions
def safe_div(a, b):
    assert b != 0, "b must not be zero (a=%d)" % a
    return a / b
for a, b in [(6, 3), (1, 0)]:
    try:
        print(safe_div(a, b))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert isinstance("x", int), ["list", "message"]
except AssertionError as e:
    print(e.args[0])
