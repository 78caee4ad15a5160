# time/utime: MicroPython's tick functions (CPython lacks them: the script checks what both can agree on).
import time
try:
    import utime
except ImportError:
    utime = None
if utime:
    t0 = utime.ticks_ms()
    utime.sleep_ms(20)
    d = utime.ticks_diff(utime.ticks_ms(), t0)
    us0 = utime.ticks_us()
    utime.sleep_us(500)
    dus = utime.ticks_diff(utime.ticks_us(), us0)
    wrapped = utime.ticks_diff(utime.ticks_add(0, -1), 0)
    big = utime.ticks_add(2**30 - 1, 1)
    print(18 <= d < 1000, dus >= 500, wrapped, big, utime.ticks_diff(5, 2**30 - 5))
    print(utime.ticks_cpu() >= 0)
else:
    print(True, True, -1, 0, 10)
    print(True)
t = time.time()
time.sleep(0.01)
time.sleep(0)
print(time.time() >= t)
