# a huge allocation raises MemoryError (or OverflowError), which the program can catch
try:
    x = bytearray(2 ** 62)
    print("allocated?!")
except (MemoryError, OverflowError) as e:
    print("caught", type(e).__name__ in ("MemoryError", "OverflowError"))
try:
    y = [0] * (2 ** 62)
    print("allocated?!")
except (MemoryError, OverflowError):
    print("caught list")
try:
    z = "x" * (2 ** 62)
except (MemoryError, OverflowError):
    print("caught str")
ok = [0] * 1000
print("program continues", len(ok))
