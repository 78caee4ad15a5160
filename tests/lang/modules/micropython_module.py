# the micropython module (CPython lacks it; the .exp holds the output)
import micropython
x = micropython.const(5)
print(x)
print(callable(micropython.mem_info), callable(micropython.opt_level))
print(micropython.opt_level() >= 0)
micropython.heap_lock()
micropython.heap_unlock()
print("heap lock/unlock ok")
