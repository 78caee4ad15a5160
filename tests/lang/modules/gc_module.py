# gc module functions exist and behave
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
if hasattr(gc, "mem_free"):
    print(gc.mem_free() > 0, gc.mem_alloc() > 0)
else:
    print(True, True)
print(type(gc.collect()).__name__ in ("int", "NoneType"))
