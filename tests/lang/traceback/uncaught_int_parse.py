# int() of a bad string: MicroPython's message says which base
text = "12a"
print(int("12"))
print(int(text))
