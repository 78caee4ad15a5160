#!/usr/bin/env python3
"""How much C stack the firmware (build-nrf51/mbpy-microbit) uses for each of a set of programs, in QEMU.

The port paints the stack at reset; this tool paints it again before each program (the CPU stopped
through QMP, everything below its stack pointer, so no live frame is touched), runs the program through
the raw REPL or types it at the friendly REPL, and reads how deep the paint was used (the REPL waiting for
input, the interrupts, compiling and running). Also finds the deepest nesting of each kind that compiles
and runs, and checks that one level more gives a Python exception, never a fault.

    python3 tests/device/stack_report.py [--build build-nrf51] [--limits | --repr] [--original] [-k NAME]

--repr: how deep a `__repr__` calling `repr()` nests with each of a set of leaves at the bottom before
the recursion error (suite_firmware's DEEP_REPR), and the stack used.

--original measures the original firmware (micro:bit MicroPython v1.0.1, tests/oracle) the same way:
its stack is the 2 KiB below 0x20004000. A report tool (docs/performance.md has its table), not a test.
"""
import argparse
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import qemu_board  # noqa: E402
from qemu_board import Board  # noqa: E402
import upy_qemu  # noqa: E402  (on the path through qemu_board)
import suite_firmware  # noqa: E402

PAINT = 0x4B435453  # startup.cpp's kStackPaint
MBPY_STACK = (0x20000000, 0x20000800)  # nrf51.ld: 2,048 B from the bottom of RAM
ORIGINAL_STACK = (0x20003800, 0x20004000)  # the DAL's linker script: 2 KiB below the top of RAM

PYSTONE_LIKE = """\
class Record:
    def __init__(self, ptr=None, discr=0, enum=0, intc=0, s=''):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intc = intc
        self.s = s
    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.intc, self.s)

def proc1(r):
    n = r.copy()
    n.intc = r.intc + 1
    if n.discr == 0:
        n.intc = proc2(n.intc) * 2
    return n

def proc2(i):
    j = i + 10
    while True:
        if j > 3:
            j = j - 1
            i = j - 3
        else:
            break
    return i

def main(loops):
    r = Record(None, 0, 1, 40, 'DHRYSTONE')
    total = 0
    for k in range(loops):
        r = proc1(r)
        a = [k % 7, (k * 3) % 5, k // 2]
        total = total + a[0] + a[1] * 2 - a[2] + len(r.s)
    return total

print(main(50))
"""

SUM_LOOP = "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(f(1000))"
STR_BUILD = "s = ''\nfor i in range(40):\n    s += str(i)\nt = ','.join([str(i) for i in range(20)])\nprint(len(s), len(t))"
FLOAT_LOOP = "x = 0.0\nfor i in range(100):\n    x = x * 0.5 + i / 3\nprint(int(x))"

PROGRAMS = [
    ("print(1)", "print(1)"),
    ("print(abs(-1))", "print(abs(-1))"),
    ("print([1, 2])", "print([1, 2])"),
    ("list comprehension", "x = [i * i for i in range(5)]\nprint(x)"),
    ("10-deep nested expression", "print(" + "(" * 10 + "1" + ")" * 10 + ")"),
    ("10-deep nested arithmetic", "x = 2\nprint(" + "(x + " * 10 + "1" + ")" * 10 + ")"),
    ("def with a nested def and class",
     "def f(a):\n    def g(b):\n        return a + b\n    class C:\n        def m(self):\n            return g(1)\n"
     "    return C().m()\nprint(f(2))"),
    ("pystone-like", PYSTONE_LIKE),
    ("sum loop in a function", SUM_LOOP),
    ("string building", STR_BUILD),
    ("float loop", FLOAT_LOOP),
]


def nest(kind, n):
    """A program nesting one construct n deep that prints ok."""
    ind = lambda i: "    " * i  # noqa: E731
    if kind == "parentheses":
        return "x = " + "(" * n + "1" + ")" * n + "\nprint('ok')"
    if kind == "lists":
        return "x = " + "[" * n + "1" + "]" * n + "\nprint('ok')"
    if kind == "dicts":
        return "x = " + "{1: " * n + "1" + "}" * n + "\nprint('ok')"
    if kind == "tuples":
        return "x = " + "(1, " * n + "1" + ")" * n + "\nprint('ok')"
    if kind == "calls":
        return "x = " + "abs(" * n + "1" + ")" * n + "\nprint('ok')"
    if kind == "subscripts":
        return "x = [0]\ny = " + "x[" * n + "0" + "]" * n + "\nprint('ok')"
    if kind == "additions":
        return "x = " + "1 + (" * n + "1" + ")" * n + "\nprint('ok')"
    if kind == "not":
        return "x = " + "not " * n + "1\nprint('ok')"
    if kind == "unary minus":
        return "x = " + "-" * n + "1\nprint('ok')"
    if kind == "conditional expressions":
        return "x = " + "1 if 1 else (" * n + "1" + ")" * n + "\nprint('ok')"
    if kind == "lambdas":
        return "x = " + "lambda: " * n + "1\nprint('ok')"
    if kind == "comprehensions":
        return "x = " + "[" * n + "1" + " for i in range(1)]" * n + "\nprint('ok')"
    if kind == "generator expressions":
        return "x = list(" + "(" * n + "1" + " for i in range(1))" * n + ")\nprint('ok')"
    if kind == "if blocks":
        return "".join(ind(i) + "if 1:\n" for i in range(n)) + ind(n) + "print('ok')"
    if kind == "for blocks":
        return "".join(ind(i) + "for i%d in range(1):\n" % i for i in range(n)) + ind(n) + "print('ok')"
    if kind == "while blocks":
        return "".join(ind(i) + "while 1:\n" for i in range(n)) + ind(n) + "print('ok')\n" + ind(n) + "1 / 0"
    if kind == "try blocks":
        return ("".join(ind(i) + "try:\n" for i in range(n)) + ind(n) + "pass\n" +
                "".join(ind(i) + "except: pass\n" for i in reversed(range(n))) + "print('ok')")
    if kind == "defs":
        return "".join(ind(i) + "def f%d():\n" % i for i in range(n)) + ind(n) + "pass\nprint('ok')"
    if kind == "classes":
        return "".join(ind(i) + "class C%d:\n" % i for i in range(n)) + ind(n) + "pass\nprint('ok')"
    raise ValueError(kind)


NEST_KINDS = ["parentheses", "lists", "dicts", "tuples", "calls", "subscripts", "additions", "not", "unary minus",
              "conditional expressions", "lambdas", "comprehensions", "generator expressions", "if blocks",
              "for blocks", "while blocks", "try blocks", "defs", "classes"]


class Target:
    """One firmware in QEMU with a stack that can be painted again: mbpy's or the original."""

    def __init__(self, args):
        self.original = args.original
        if self.original:
            self.stack = ORIGINAL_STACK
            self.board = Board(os.path.splitext(upy_qemu.FIRMWARE_HEX)[0], flash="blank", prompt=b">>> ")
        else:
            self.stack = MBPY_STACK
            img = os.path.abspath(os.path.join(args.build, "mbpy-microbit"))
            oversize = not os.path.exists(img + ".hex")
            self.board = Board(img + ("-qemu" if oversize else ""), flash="hex", prompt=b">>> ",
                               flash_size=(1 << 20) if oversize else None)
        self.board.start()

    def close(self):
        self.board.close()

    def restart(self):
        self.board.close()
        self.board.__init__(self.board.image_base, flash=self.board.flash_mode, prompt=b">>> ",
                            flash_size=(1 << 20) if self.board.image_base.endswith("-qemu") else None)
        self.board.start()

    def paint(self):
        """Paint the stack below the CPU's stack pointer, the CPU stopped meanwhile."""
        b = self.board
        b.qmp("stop")
        try:
            regs = b.qmp("human-monitor-command", **{"command-line": "info registers"})
            sp = int(re.search(r"R13=([0-9a-f]{8})", regs).group(1), 16)
            lo, hi = self.stack
            end = min(max(sp, lo), hi) & ~3
            word = PAINT.to_bytes(4, "little").hex()
            for a in range(lo, end, 256):
                n = min(256, end - a)
                b._qt_cmd("write 0x%x %d 0x%s" % (a, n, word * (n // 4)))
        finally:
            b.qmp("cont")

    def high_water(self):
        lo, hi = self.stack
        return self.board.stack_high_water(PAINT, lo, hi)

    def run_raw(self, code, timeout=20.0):
        self.board.enter_raw() if not self.board.raw else None
        self.paint()
        out, err = self.board.run(code, timeout)
        return out.replace("\r\n", "\n"), err.replace("\r\n", "\n"), self.high_water()

    def run_friendly(self, line, timeout=10.0):
        """One line typed at the friendly REPL; returns (its answer, stack used)."""
        b = self.board
        if b.raw:
            b.exit_raw()
        self.paint()
        b.write(line.encode() + b"\r")
        got = b.read_until(b"\r\n>>> ", timeout).decode("utf-8", "replace")
        return got, self.high_water()

    def soft_reset(self):
        self.board.soft_reset()


def report_programs(t, only):
    print("| program | C stack used (raw REPL) | friendly REPL | output |")
    print("|---|---|---|---|")
    idle = None
    for name, code in [("(idle, nothing run)", None)] + PROGRAMS:
        if only and only not in name:
            continue
        if code is None:
            t.board.enter_raw()
            t.paint()
            time.sleep(0.3)
            idle = t.high_water()
            print("| %s | %d B | | |" % (name, idle), flush=True)
            continue
        try:
            out, err, used = t.run_raw(code)
        except upy_qemu.OracleError as e:
            print("| %s | FAULT/HANG | | %s |" % (name, str(e)[:60]), flush=True)
            t.restart()
            continue
        friendly = ""
        if "\n" not in code:
            try:
                got, fused = t.run_friendly(code)
                friendly = "%d B" % fused
            except upy_qemu.OracleError:
                friendly = "FAULT/HANG"
                t.restart()
        result = out.strip().splitlines()[-1] if out.strip() else ""
        if err.strip():
            result = err.strip().splitlines()[-1]
        print("| %s | %d B | %s | %s |" % (name, used, friendly, result[:50]), flush=True)
        t.soft_reset()


def report_limits(t, only, top):
    """The deepest nesting of each kind that runs, what one more level gives, and the stack used."""
    print("| nesting | deepest that runs | stack used there | one level more |")
    print("|---|---|---|---|")
    for kind in NEST_KINDS:
        if only and only not in kind:
            continue
        best, used_at, beyond = 0, 0, ""
        for n in range(1, top + 1):
            try:
                out, err, used = t.run_raw(nest(kind, n), 30.0)
            except upy_qemu.OracleError as e:
                beyond = "FAULT/HANG (%s)" % str(e)[:40]
                t.restart()
                break
            if "ok" not in out:
                beyond = err.strip().splitlines()[-1] if err.strip() else "no output"
                t.soft_reset()
                break
            best, used_at = n, used
            try:
                t.soft_reset()
            except upy_qemu.OracleError as e:
                beyond = "FAULT/HANG after running (%s)" % str(e)[:40]
                best -= 1
                t.restart()
                break
        else:
            beyond = "(not tried past %d)" % top
        print("| %s | %d | %d B | %s |" % (kind, best, used_at, beyond[:70]), flush=True)


# suite_firmware.py's DEEP_REPR: the first k for which repr(P(k)) raises (k - 1 __repr__ calls nested above
# the one that returns the leaf).
DEEP_REPR = suite_firmware.DEEP_REPR
REPR_LEAVES = ["'x'", "'%d' % 1", "'%r' % ((1,),)", "'{}'.format(1.5)", "str((1.5, [2.5]))", "str(float('1.25'))",
               "'%f' % 1.5", "'{:.3e}'.format(2.5)", "(exec('y = 1.5') or 'x')", "str(eval('1.5'))"]


def report_repr(t, only):
    """The repr nesting each leaf reaches, the deepest stack use then, and the use with one __repr__ level."""
    print("| leaf | first depth that raises | deepest stack use | stack used, the leaf in one __repr__ |")
    print("|---|---|---|---|")
    for leaf in REPR_LEAVES:
        if only and only not in leaf:
            continue
        row = []
        for code in (DEEP_REPR % leaf, DEEP_REPR.replace("range(1, 9)", "range(0, 1)") % leaf):
            try:
                out, err, used = t.run_raw(code, 30.0)
                m = re.search(r"limit at (\d+)", out)
                got = m.group(1) if m else ("none" if "done" in out else (err.strip().splitlines() or ["?"])[-1])
                row.append((got, "%d B" % used))
                t.soft_reset()
            except upy_qemu.OracleError as e:
                row.append(("FAULT/HANG (%s)" % str(e)[:40], ""))
                t.restart()
        alone = row[1][1] + ("" if row[1][0] == "none" else " (raises)")
        print("| `%s` | %s | %s | %s |" % (leaf, row[0][0], row[0][1], alone), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("--original", action="store_true", help="measure micro:bit MicroPython v1.0.1 instead")
    ap.add_argument("--limits", action="store_true", help="find the nesting limits instead")
    ap.add_argument("--repr", action="store_true", help="the nesting of a __repr__ calling repr() instead")
    ap.add_argument("--top", type=int, default=130, help="the deepest nesting tried")
    ap.add_argument("-k", dest="only")
    a = ap.parse_args()
    if not qemu_board.has_qemu():
        print("qemu-system-arm missing (scripts/setup)")
        return 1
    t = Target(a)
    try:
        if a.limits:
            report_limits(t, a.only, a.top)
        elif a.repr:
            report_repr(t, a.only)
        else:
            report_programs(t, a.only)
    finally:
        t.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
