# an exception raised while handling another: MicroPython prints only the last one
try:
    [][0]
except IndexError:
    raise RuntimeError("handler failed")
