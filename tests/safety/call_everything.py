# Calls every builtin function, type and method, found by introspection, with missing, wrong-typed and
# extreme arguments: each call returns or raises a Python exception, none may crash the runtime.
# Run by tests/suite_safety.py (sys.argv[1:]: the module names help('modules') lists).
import builtins
import gc
import sys

# What must not run, and why. Everything else is called.
SKIP = {
    "input": "reads the terminal",
    "reset": "microbit.reset, machine.reset, music.reset and radio.reset restart the board or lose state",
    "panic": "microbit.panic stops the board for good",
    "heap_lock": "would make every later allocation of the run fail",
    "disable": "gc.disable: the run would need a heap with no collection",
    "kbd_intr": "Ctrl-C handling is the terminal's",
    "schedule": "a scheduled random call would run at an arbitrary later point of this loop",
    "init": "uart.init moves the REPL off the terminal",
    "exit": "sys.exit ends the run",
    "factorial": "math.factorial(2**31) computes for minutes, in CPython too",
    "perm": "as factorial",
    "comb": "as factorial",
}
# Functions that take a time (sleep, a scroll's delay, a note's length): the board's clock runs through
# it (virtually, but tick by tick), so they get no huge numbers and no huge text.
TIMED = ("sleep", "sleep_ms", "sleep_us", "scroll", "show", "pitch", "play", "say", "sing", "time_pulse_us")
# Containers held by modules (sys.modules, sys.path, sys.argv): their methods would break the run.
SKIP_OBJECT_TYPES = (dict, list, tuple, str, bytes, int, float, bool)
BIG = "x" * 5000


def values(timed=False):
    """Fresh arguments for each callable: calls may change them."""
    if timed:
        return [v for v in values() if short(v)]
    rec_list = [1]
    rec_list.append(rec_list)
    rec_dict = {}
    rec_dict["d"] = rec_dict
    v = [None, True, False, 0, 1, -1, 2, 7, 255, 256, 2**31 - 1, 2**31, -(2**31) - 1, 2**32, 2**63 - 1, 2**63,
         -(2**63) - 1, 2**64, 10**40, -(10**40), 0.0, -0.0, 1.5, -2.5, 1e308, float("inf"), float("-inf"),
         float("nan"), "", "a", "é€😀", "\x00\n\t", BIG, "((((((((((((((((", "{0:x}{1!r}%s%d", "0x1p3",
         b"", b"\x00\xff", bytes(range(256)), bytearray(b"abc"), bytearray(), rec_list, [], [3, 1, 2],
         (), (1, "a", None), ((),), {}, rec_dict, {1: 2, "a": "b"}, set(), {1, 2}, frozenset(), range(0),
         range(-5, 5, 2), slice(None), slice(1, -1, -2), object(), int, str, type, Exception,
         len, print, lambda *a, **k: None, Exception("e"), iter([1, 2]), (i for i in range(3))]
    try:
        v.append(memoryview(b"xyz"))
        v.append(memoryview(bytearray(b"xyz"))[1:])
    except NameError:
        pass
    try:
        v.append(complex(1, 2))
    except NameError:  # built without complex numbers
        pass
    return v


def short(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return -100000 < v < 100000
    return not isinstance(v, (str, bytes, bytearray)) or len(v) < 100


SMALL = [None, -1, 3, 2**63, 1.5, "ab", b"ab", [1]]
calls = 0
raised = 0


def call(f, args, kw=None):
    global calls, raised
    calls += 1
    try:
        r = f(*args, **kw) if kw else f(*args)
    except Exception:
        raised += 1
        return None
    except SystemExit:
        raised += 1
        return None
    except KeyboardInterrupt:
        raised += 1
        return None
    return r


def call_all_ways(f, label, made=None):
    """Calls f with no argument, one, two, three and keyword arguments of every kind."""
    global visited
    timed = label.split(".")[-1] in TIMED
    small = [v for v in SMALL if short(v)] if timed else SMALL
    print("calling", label)  # the last one names the culprit of a crash or a hang
    visited += 1
    if label in MUST:
        exercised.append(label)
    call(f, ())
    for v in values(timed):
        r = call(f, (v,))
        if made is not None and r is not None and len(made) < 8:
            made.append(r)
    vs = values(timed)
    n = len(vs)
    for a in small:
        for b in vs:
            call(f, (a, b))
    vs = values(timed)
    for i in range(n):
        call(f, (vs[i], small[i % len(small)]))
        call(f, (vs[i], vs[(i * 7 + 3) % n], vs[(i * 13 + 5) % n]))
        call(f, (small[i % len(small)], vs[i], vs[(i + 1) % n], vs[(i + 2) % n]))
    for a in small:
        call(f, (), {"key": a})
        # (not loop=True: display.scroll, display.show and music.play would repeat for ever)
        call(f, (a,), {"reverse": a, "sep": a, "end": a, "base": a, "wait": a})
        call(f, (1, 2), {"x": a})


def restore():
    gc.enable()
    try:
        import micropython

        micropython.heap_unlock()
    except (ImportError, AttributeError):
        pass


def callable_attrs(obj):
    """(name, attribute) for each callable attribute of obj that may run."""
    out = []
    for name in dir(obj):
        if name in SKIP or name in ("__class__", "__del__"):
            continue
        try:
            a = getattr(obj, name)
        except Exception:
            continue
        if callable(a):
            out.append((name, a))
    return out


seen_types = []
instances = []
exercised = []
visited = 0
# Coverage: the walk must reach these (a broken walk would call nothing and pass).
MUST = ("builtins.len", "builtins.list.append", "builtins.dict.fromkeys", "bytearray.extend")
if hasattr(str, "maketrans"):  # a static method; a build without str's extra methods has none
    MUST += ("builtins.str.maketrans",)


def visit_type(t, label):
    """Calls t's methods through the type (wrong and missing self) and the type itself."""
    if t in seen_types:
        return
    seen_types.append(t)
    for name, m in callable_attrs(t):
        call_all_ways(m, label + "." + name)
        restore()
    if t not in (type, object):
        made = []
        call_all_ways(t, label, made)
        instances.extend(made)
        restore()


def visit_instance(obj, label):
    """Calls the bound methods of obj with every kind of argument."""
    for name, m in callable_attrs(obj):
        if isinstance(m, type):
            continue
        call_all_ways(m, label + "." + name)
        restore()


def visit_module(mod, label):
    for name in dir(mod):
        if name in SKIP or name.startswith("__"):
            continue
        a = getattr(mod, name)
        if isinstance(a, type):
            visit_type(a, label + "." + name)
        elif callable(a):
            call_all_ways(a, label + "." + name)
            restore()
        elif not isinstance(a, SKIP_OBJECT_TYPES):
            visit_type(type(a), label + "." + name + ".__class__")
            visit_instance(a, label + "." + name)


visit_module(builtins, "builtins")
for v in values():
    visit_type(type(v), type(v).__name__)
# A build without sys.argv (MBPY_SYS_EXTRA off) gets no module names: it walks the builtins only.
for name in getattr(sys, "argv", [])[1:]:
    if name in ("__main__", "builtins", "antigravity", "this", "love"):
        continue  # __main__ is this script; the others print a picture or a poem on import
    try:
        mod = __import__(name)
    except ImportError:
        continue
    visit_module(mod, name)
# Instances the types made (an Image, a deque, a BytesIO ...): their methods bound to a real self.
for i, obj in enumerate(instances + values()):
    if not isinstance(obj, SKIP_OBJECT_TYPES):
        visit_instance(obj, type(obj).__name__)
gc.collect()

for must in MUST:
    if must not in exercised:
        print("not exercised:", must)
print("types", len(seen_types) > 40, "callables", visited > 1000, "calls", calls > 100000, "some raised", 0 < raised < calls)
print("done")
