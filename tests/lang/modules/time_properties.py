# time: monotonic properties only
import time
t0 = time.time()
print(type(t0).__name__ in ("int", "float"), t0 > 1e9)
time.sleep(0.01)
if hasattr(time, "ticks_ms"):
    a = time.ticks_ms()
    time.sleep_ms(20)
    d = time.ticks_diff(time.ticks_ms(), a)
    print(15 <= d < 2000)
    print(time.ticks_diff(time.ticks_add(a, 100), a))
else:
    a = time.monotonic()
    time.sleep(0.02)
    print(0.015 <= time.monotonic() - a < 2)
    print(100)
print(time.time() >= t0)
