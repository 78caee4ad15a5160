# time.gmtime: the first 8 fields agree with CPython's struct_time (MicroPython returns a plain tuple).
import time
for t in [0, 1, 59, 86399, 86400, 951782400, 951868800, 1000000000, 1234567890, 1700000000, 2**31 - 1, 2**31,
          4102444800, -1, -86400, -2208988800, 253402300799]:
    print(t, tuple(time.gmtime(t)[:8]))
print(len(tuple(time.gmtime()[:8])), time.gmtime()[0] >= 2024)
