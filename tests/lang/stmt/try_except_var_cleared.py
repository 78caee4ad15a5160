# the 'as' name is deleted after the except block
try:
    raise ValueError("x")
except ValueError as err:
    print("caught", err)
try:
    err
    print("still bound")
except NameError:
    print("err unbound after except")

e = 5
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError:
    print("e deleted too")
