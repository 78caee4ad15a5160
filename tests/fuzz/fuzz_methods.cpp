// libFuzzer target: the bytes are a short program of calls to the built-in functions, types and methods
// (found by introspection, in builtins and every module of the core's registry) with values made from
// the bytes: each call returns or raises, none may crash the runtime or trip a sanitizer.
#include <signal.h>
#include <sys/time.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/engine.hpp"
#include "core/gc.hpp"
#include "core/modules.hpp"
#include "core/obj_containers.hpp"
#include "core/obj_module.hpp"
#include "core/port.hpp"
#include "core/runtime.hpp"
#include "tests/support/stack_top.hpp"

namespace {

// The walk and the decoder, in Python: run once at start-up in __main__. MODULES (set before) names the
// core's modules. fuzz_one(data) reads the bytes as steps: each picks a callable (a walked one, or a
// method of an earlier result) and its arguments, and calls it.
constexpr std::string_view harness = R"PY(
import builtins

# Not called, and why: each would change what the later inputs run on (the harness's own namespace, the
# heap's state, the meaning of a name) or stop the run; a crash they could cause is the safety suite's.
# sleep and sleep_us end in a busy wait on the microsecond clock, which the test HAL moves only in
# sleep_ms; factorial, perm and comb of a huge int compute for minutes (in CPython too).
SKIP = ("globals", "locals", "vars", "exec", "eval", "compile", "heap_lock", "disable", "kbd_intr",
        "schedule", "opt_level", "exit", "setattr", "delattr", "__setattr__", "__delattr__", "input",
        "factorial", "perm", "comb", "__del__", "__class__", "settrace", "atexit", "threshold", "sleep",
        "sleep_us")
PLAIN = (dict, list, tuple, str, bytes, int, float, bool)
TARGETS = []
TYPES = []


def callables_of(obj):
    out = []
    for name in dir(obj):
        if name in SKIP:
            continue
        try:
            a = getattr(obj, name)
        except Exception:
            continue
        if callable(a):
            out.append(a)
    return out


def walk_type(t):
    if t in TYPES:
        return
    TYPES.append(t)
    TARGETS.append(t)
    TARGETS.extend(callables_of(t))


def walk_module(m):
    for name in dir(m):
        if name in SKIP or name.startswith("__"):
            continue
        a = getattr(m, name)
        if isinstance(a, type):
            walk_type(a)
        elif callable(a):
            TARGETS.append(a)
        elif not isinstance(a, PLAIN) and type(a).__name__ != "module":
            walk_type(type(a))
            TARGETS.extend(callables_of(a))


walk_module(builtins)
for name in MODULES:
    try:
        walk_module(__import__(name))
    except ImportError:
        pass
for v in (None, 0, 0.0, "", b"", bytearray(), [], (), {}, set(), frozenset(), range(0), slice(0),
          object(), iter([]), (i for i in ()), Exception(), memoryview(b""), len, walk_type):
    walk_type(type(v))
try:
    import array
    ARRAY = array.array
except ImportError:
    ARRAY = None

INTS = (0, 1, -1, 2, 7, 8, 255, 256, -256, 2**15, 2**16, 2**31 - 1, 2**31, -(2**31), 2**32 - 1, 2**32,
        2**62, 2**63 - 1, 2**63, -(2**63), 2**64, 10**20, -(10**40), 2**100)
FLOATS = (0.0, -0.0, 0.5, -1.5, 1e-300, 5e-324, 1e16, 1e308, -1e308, float("inf"), float("-inf"),
          float("nan"), 3.14159, 2.0**53, 2.0**63)
KEYS = ("key", "reverse", "sep", "end", "base", "start", "stop", "default", "encoding", "errors", "x",
        "step", "flush", "file", "maxsplit", "byteorder", "signed")
TYPECODES = "bBhHiIlLqQfd"


class Reader:
    def __init__(self, data):
        self.d = data
        self.i = 0

    def byte(self):
        i = self.i
        if i >= len(self.d):
            raise EOFError
        self.i = i + 1
        return self.d[i]

    def take(self, n):
        s = self.d[self.i:self.i + n]
        self.i += len(s)
        return s


def odd_class(r):
    """An instance whose special methods misbehave: mutate what they are given, raise, lie about sizes."""
    mode = r.byte()
    victim = []

    class Odd:
        def __eq__(self, o):
            victim.clear()
            return mode & 1 == 0

        def __lt__(self, o):
            victim.append(self)
            if mode & 2:
                raise ValueError
            return mode & 4 == 0

        def __hash__(self):
            if mode & 8:
                raise TypeError
            return mode * 2**61

        def __len__(self):
            return (-1, 0, 2**31, 2**63)[mode >> 4 & 3]

        def __index__(self):
            return INTS[mode % len(INTS)]

        def __iter__(self):
            victim.append(1)
            return iter(victim if mode & 64 else [mode] * (mode & 15))

        def __call__(self, *a, **k):
            victim.extend(a)
            return victim

        def __getitem__(self, i):
            if i > 3:
                raise IndexError
            return victim

    o = Odd()
    victim.append(o)
    return victim if mode & 128 else o


def value(r, made, depth):
    k = r.byte() % 26
    if k == 0:
        return None
    if k == 1:
        return r.byte() & 1 == 1
    if k == 2:
        return r.byte() - 128
    if k == 3:
        return int.from_bytes(r.take(r.byte() % 17), "little") - (r.byte() << 64)
    if k == 4:
        return INTS[r.byte() % len(INTS)]
    if k == 5:
        return FLOATS[r.byte() % len(FLOATS)]
    if k == 6:
        return (r.byte() - 128) / (r.byte() + 1) * 10.0 ** (r.byte() - 128)
    if k == 7:
        return "".join(chr(b) for b in r.take(r.byte() % 24))
    if k == 8:
        return "".join(chr(b * 257 % 0x110000) for b in r.take(r.byte() % 8) if b * 257 % 0x110000 < 0xD800)
    if k == 9:
        return bytes(r.take(r.byte() % 24))
    if k == 10:
        return bytearray(r.take(r.byte() % 24))
    if k in (11, 12, 13, 14, 15):
        items = [] if depth > 2 else [value(r, made, depth + 1) for _ in range(r.byte() % 5)]
        if k == 11:
            return items
        if k == 12:
            return tuple(items)
        if k == 13:
            return dict((items[i], items[i - 1]) for i in range(len(items)))
        return set(items) if k == 14 else frozenset(items)
    if k == 16:
        return range(value(r, made, 3), value(r, made, 3), value(r, made, 3))
    if k == 17:
        return slice(value(r, made, 3), value(r, made, 3), value(r, made, 3))
    if k == 18:
        return TYPES[r.byte() % len(TYPES)]
    if k == 19:
        return TARGETS[(r.byte() << 8 | r.byte()) % len(TARGETS)]
    if k == 20:
        buf = value(r, made, depth + 1)
        return memoryview(buf)[r.byte() % 4:]
    if k == 21 and ARRAY:
        return ARRAY(TYPECODES[r.byte() % 12], r.take(r.byte() % 9 * 8))
    if k == 22 and made:
        return made[r.byte() % len(made)]
    if k == 23:
        return odd_class(r)
    if k == 24:
        return iter(value(r, made, depth + 1))
    return (lambda *a, **kw: a, Exception("e", 1), object(), (i for i in range(3)))[r.byte() % 4]


def call(f, r, made):
    n = r.byte()
    args = [value(r, made, 0) for _ in range(n % 5)]
    kw = {}
    for _ in range(n >> 5 & 3):
        kw[KEYS[r.byte() % len(KEYS)]] = value(r, made, 0)
    res = f(*args, **kw)
    if res is not None and type(res).__name__ != "module":
        made.append(res)


def step(r, made):
    op = r.byte()
    if op & 1 and made:
        methods = callables_of(made[r.byte() % len(made)])
        if not methods:
            return
        f = methods[r.byte() % len(methods)]
    else:
        f = TARGETS[(op << 8 | r.byte()) % len(TARGETS)]
    call(f, r, made)


def fuzz_one(data):
    r = Reader(data)
    made = []
    for _ in range(8):
        try:
            step(r, made)
        except (EOFError, KeyboardInterrupt):
            return
        except BaseException:
            pass
)PY";

// Work allowed per input (bytes of bytecode, core::vm_meter): past it the VM raises KeyboardInterrupt, so
// a loop the bytes build (a call that iterates a huge range in Python) ends the input, not the run.
constexpr uint32_t work_per_input = 4'000'000;
uint32_t work_done = 0;

void meter(uint32_t work) {
    work_done += work;
    if (work_done > work_per_input) core::request_interrupt();
}

// And a second of CPU time per input, for native loops over an endless or huge iterator (sum(range(2**62)),
// any(iter(int, 1))): they see the Ctrl-C flag in core::iter_next. SIGPROF: libFuzzer's -timeout has SIGALRM.
void on_cpu_limit(int) { core::request_interrupt(); }
void arm_cpu_limit(long seconds) {
    itimerval t = {};
    t.it_value.tv_sec = seconds;
    setitimer(ITIMER_PROF, &t, nullptr);
}

core::Value fuzz_one;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // 1 MB: room for the walk and the harness, while a huge size or repeat count fails fast.
    alignas(16) static char heap[1 << 20];
    if (!fuzz_one) {
        if (!core::init(heap, sizeof heap, test_support::stack_top())) abort();
        core::Dict* globals = core::main_module().as<core::Module>()->globals;
        core::Value names = core::make_list(0, nullptr);
        for (const core::BuiltinModule* m = core::builtin_modules; m->name; ++m)
            if (!names || !core::list_append(names.as<core::List>(), core::Value(m->name))) abort();
        if (!core::dict_store_str(globals, core::intern("MODULES").as<core::Str>(), names)) abort();
        if (!core::exec_source(harness, "<harness>")) {
            core::report_exception(core::take_exception(), false);
            abort();
        }
        fuzz_one = core::dict_get_str(globals, core::intern("fuzz_one").as<core::Str>());
        if (!fuzz_one) abort();
        if (!core::gc::add_root(&fuzz_one, sizeof fuzz_one)) abort();
        core::vm_meter = meter;
        core::state.poll = true;
        signal(SIGPROF, on_cpu_limit);
    }
    work_done = 0;
    core::state.interrupt = false;
    arm_cpu_limit(1);
    core::Value bytes = core::make_bytes(std::string_view(reinterpret_cast<const char*>(data), size));
    if (bytes) (void)core::call1(fuzz_one, bytes);
    arm_cpu_limit(0);
    core::take_exception();  // MemoryError or KeyboardInterrupt in the harness itself
    core::gc::set_enabled(true);
    while (core::gc::lock_depth() > 0) core::gc::unlock();
    core::state.interrupt = false;
    core::gc::collect();
    return 0;
}
