#!/usr/bin/env python3
"""The C stack's limits in QEMU, against the original firmware v1.0.1 in QEMU (both have 2 KiB of stack).

Each program runs on the original first, then on mbpy. What the original runs, mbpy must run and print the
same; where the original raises (its recursion error), mbpy may run it or raise, never fault or hang. The
programs are the deep cases of the C stack: modules importing modules from the filesystem (compiling
starts deeper at each level), a `__repr__` calling `repr()` with a leaf at the bottom (suite_firmware's
DEEP_REPR: the first depth that raises, which must be at least the original's), and `'%r' %` in a
generator resumed by `throw()` from a function.

    python3 tests/device/suite_stack_device.py --build build-nrf51 [--fits] [-v]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
import suite_firmware  # noqa: E402
import upy_qemu  # noqa: E402

# The last module's body: each compiles to a different depth of the parser and compiler.
LEAVES = [
    ("int", "X = 21\n"),
    ("float", "X = 1.5e3\n"),
    ("def", "def f(a, b=2):\n    return [i * a for i in range(b)]\nX = f(3)\n"),
    ("class", "class C:\n    def m(self):\n        return 1\nX = C().m()\n"),
    ("with", "class W:\n    def __enter__(s): return s\n    def __exit__(s, *a): pass\nwith W():\n"
             "    X = (1, [2, {3: 4}])\n"),
    ("format", "X = '%d %s' % (1, 'a')\n"),
]
VALUES = ["21\n", "1500.0\n", "[0, 3]\n", "1\n", "(1, [2, {3: 4}])\n", "1 a\n"]
DEPTHS = (1, 2, 3, 4)


def import_case(leaf, body, n):
    """(files, program): the program imports m0, which imports m1, ... m<n-1>, whose body is `body`."""
    names = ["%s%d_%d" % (leaf[0], n, i) for i in range(n)]
    files = []
    for i, name in enumerate(names):
        text = "import %s\nX = %s.X\n" % (names[i + 1], names[i + 1]) if i < n - 1 else body
        files.append((name + ".py", text))
    return files, "import %s\nprint(%s.X)" % (names[0], names[0])


REPR_LEAVES = ["'x'", "'%d' % 1", "'%r' % ((1,),)", "'{}'.format(1.5)", "str((1.5, [2.5]))",
               "str(float('1.25'))", "'%f' % 1.5", "'{:.3e}'.format(2.5)", "(exec('y = 1.5') or 'x')",
               "str(eval('1.5'))"]

THROW = """
def g():
    try:
        yield 1
    except ValueError as e:
        yield "caught %r" % (e.args,)
def throw(x):
    it = g()
    next(it)
    try:
        return it.throw(x)
    except Exception as e:
        return type(e).__name__
print(throw(ValueError("v")))
print(throw(ValueError(5)))
"""


def run(dev, code, files=()):
    """What the program prints (its output and error), or 'FAULT/HANG' when the board did not answer."""
    try:
        for name, text in files:
            out, err = dev.run("f = open(%r, 'w')\nf.write(%r)\nf.close()" % (name, text))
            if err:
                return "writing %s: %s" % (name, err)
        out, err = dev.run(code, 20.0)
        got = (out + err).replace("\r\n", "\n")
        for name, _ in files:
            dev.run("import os\nos.remove(%r)" % name)
        dev.soft_reset()
        return got
    except upy_qemu.OracleError as e:
        return "FAULT/HANG %s" % str(e)[:80]


def cases():
    """(name, program, files, what it prints when it runs to its end)."""
    out = []
    for (leaf, body), value in zip(LEAVES, VALUES):
        for n in DEPTHS:
            files, code = import_case(leaf, body, n)
            out.append(("%d nested imports, %s" % (n, leaf), code, files, value))
    for leaf in REPR_LEAVES:
        out.append(("deep __repr__, then %s" % leaf, suite_firmware.DEEP_REPR % leaf, (), None))
    out.append(("'%r' % in a generator resumed by throw()", THROW, (), "caught ('v',)\ncaught (5,)\n"))
    return out


def limit(text):
    """The first depth that raised, None when none did (or the program failed)."""
    m = re.search(r"limit at (\d+)", text)
    return int(m.group(1)) if m else None


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    todo = cases()
    want = []
    with upy_qemu.Device() as dev:
        dev.enter_raw()
        for _, code, files, _ in todo:
            got = run(dev, code, files)
            for _ in range(2):  # under load the original's raw REPL can drop a byte of the program
                if "SyntaxError" not in got:
                    break
                got = run(dev, code, files)
            want.append(got)
    kw = qemu_board.board_kwargs(a)
    b = qemu_board.Board(img, **kw).start()
    try:
        b.enter_raw()
        for (name, code, files, value), w in zip(todo, want):
            got = run(b, code, files)
            if got.startswith("FAULT/HANG"):
                suite.check(name + ": no fault", False, got)
                b.close()
                b = qemu_board.Board(img, **kw).start()
                b.enter_raw()
                continue
            if value is None:
                # The recursion error ends the nesting: at least as deep as on the original.
                deep, want_deep = limit(got) or 9, limit(w) or 9  # no limit up to 8: 9
                suite.check(name + ": as deep as the original", "done" in got and deep >= want_deep,
                            "got %r, the original %r" % (got, w))
            elif w == value:
                suite.check(name + ": runs, as on the original", got == value, "got %r, the original %r" % (got, w))
            else:
                ok = got == value or re.search(r"^(RuntimeError: maximum recursion depth|MemoryError)", got, re.M)
                suite.check(name + ": runs or raises, never faults", ok, "got %r, the original %r" % (got, w))
            if a.verbose:
                print("     mbpy %r, original %r" % (got[-60:], w[-60:]))
    finally:
        b.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
