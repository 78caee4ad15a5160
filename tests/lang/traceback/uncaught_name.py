# an uncaught NameError at module level: MicroPython's traceback format (see .exp)
print("before")
print(undefined_variable)
print("not reached")
