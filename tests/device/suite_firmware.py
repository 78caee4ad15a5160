#!/usr/bin/env python3
"""The firmware (build-nrf51/mbpy-microbit: core + fs + board + the nRF51 port) in QEMU: boot, the REPLs,
Ctrl-C, time, LEDs and buttons through GPIO, the C stack, resets, and no access to a peripheral QEMU does
not model, files, main.py and the tools' hexes. Prints "N passed, N failed, N skipped" and the expected failures; exits 1 on a failure.

It runs the chip's image in QEMU with the chip's 256 KiB of flash. A build with MBPY_NRF51_FIRMWARE_FITS
off (an image past 224 KiB) has mbpy-microbit-qemu instead: the same objects linked with what does not fit
below the filesystem placed from 0x40000, run with 1 MiB of flash (`--oversize`, the default for such a
build), so the filesystem is where it is on the chip.

    python3 tests/device/suite_firmware.py --build build-nrf51 [--fits|--oversize] [-k NAME] [-v]
"""
import argparse
import os
import math
import re
import struct
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import qemu_board  # noqa: E402
from qemu_board import Board  # noqa: E402

HEART = "09090:99999:99999:09990:00900"
STACK_BYTES = 2048  # nrf51.ld's __stack_size
UNIMP_OK = [r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",  # stubs that log every access
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'",
            r"^nrf51_soc\.io: unimplemented device (read|write) +\(size 4, offset 0x0000c"]  # TEMP

passed = failed = skipped = 0
xfail_still = xfail_now = 0
VERBOSE = False
OVERSIZE = True
MBIT = os.path.join(ROOT, "build", "mbit")  # the host build's tools (--mbit)


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        if VERBOSE:
            print("ok   %s" % name)
    else:
        failed += 1
        print("FAIL %s: %s" % (name, detail))
    return ok


def xfail(name, ok, why):
    """A check known to fail today, for the reason given: reported, never fails the run."""
    global xfail_still, xfail_now
    if ok:
        xfail_now += 1
        print("NOW PASSING (expected failure) %s: remove it from the expected failures" % name)
    else:
        xfail_still += 1
        if VERBOSE:
            print("xfail %s: %s" % (name, why))


def board(img, **kw):
    # Oversize: the image split around the filesystem (mbpy-microbit-qemu), in 1 MiB of flash. Loaded
    # from its hex, which leaves the filesystem's pages out, so that they survive system_reset.
    if OVERSIZE:
        return Board(img + "-qemu", flash="hex", prompt=b">>> ", flash_size=1 << 20, **kw)
    return Board(img, flash="hex", prompt=b">>> ", **kw)


def run(b, code, timeout=10.0):
    out, err = b.run(code, timeout)
    return out.replace("\r\n", "\n"), err.replace("\r\n", "\n")


# Repr recursion as deep as the C stack allows, then `leaf` (%s) at the deepest level.
DEEP_REPR = """
class P:
    def __init__(s, n): s.n = n
    def __repr__(s): return repr(P(s.n - 1)) if s.n else %s
for k in range(1, 9):
    try:
        repr(P(k))
    except RuntimeError:
        print('limit at', k)
        break
print('done')
"""


def test_repl(img):
    with board(img) as b:
        check("banner", b.banner.startswith(b"MicroPython v1.9.2-mbpy") and b"with nRF51822" in b.banner,
              repr(b.banner[:120]))
        got = b.send(b"6 * 7\r").decode()
        check("friendly REPL evaluates", "\r\n42\r\n>>> " in got, repr(got))
        out, err = run(b, "print(1 + 2)")
        check("raw REPL runs code", (out, err) == ("3\n", ""), repr((out, err)))
        out, err = run(b, "def f(n):\n    if n < 2:\n        return n\n    return f(n - 1) + f(n - 2)\nr = f(12)\nprint(r)")
        check("functions and recursion", out == "144\n" and not err, repr((out, err)))
        out, err = run(b, "s = 0\nfor i in range(100):\n    s = s + i\nprint(s)")
        check("loops", out == "4950\n" and not err, repr((out, err)))
        out, err = run(b, "1 // 0")
        check("a traceback in the error part", "ZeroDivisionError" in err and "Traceback" in err, repr(err))
        out, err = run(b, "def f(n): return f(n + 1)\nf(0)")
        check("runaway recursion ends in an exception, not a fault",
              re.search(r"(?:^|\n)(RuntimeError: maximum recursion depth|MemoryError)\b", err) is not None, repr(err[-200:]))
        out, err = run(b, "print(1 + 1)")
        check("the board goes on after it", out == "2\n", repr((out, err)))
        # Paths whose frames reach past the limit's margin, at the deepest C recursion the limit allows (a
        # __repr__ calling repr()): each raises the recursion error at some depth instead of overrunning.
        for leaf in ("'%f' % 1.5", "'{:.3e}'.format(2.5)", "str(float('1.25'))", "(exec('y = 1.5') or 'x')",
                     "str(eval('1.5'))", "'%d' % 1", "str((1.5, [2.5]))"):
            out, err = run(b, DEEP_REPR % leaf)
            check("deepest repr recursion, then %s: an exception, not a fault" % leaf,
                  re.fullmatch(r"limit at [1-8]\ndone\n", out) is not None and not err, repr((out, err[-200:])))
        # Nesting costs the parser and compiler heap, not C stack: a call in a call, a comprehension and a
        # display compile within the C-stack budget as on the original firmware.
        for code, want in (("print(abs(-1))", "1\n"), ("x = [i * i for i in range(5)]\nprint(x)", "[0, 1, 4, 9, 16]\n"),
                           ("print([1, 2])", "[1, 2]\n")):
            out, err = run(b, code)
            check("compiles within the C-stack budget: %r" % code, out == want and not err, repr((out, err)))
        b.write(b"while True:\n    pass\n\x04")
        b.read_until(b"OK", 5)
        time.sleep(0.3)
        b.write(b"\x03")
        got = b.read_until(b"\x04>", 10).decode()
        check("Ctrl-C stops a loop: KeyboardInterrupt", "KeyboardInterrupt" in got, repr(got))
        b.write(b"import time\nwhile True:\n    time.sleep_ms(20000)\n\x04")
        b.read_until(b"OK", 5)
        time.sleep(0.3)
        t0 = time.monotonic()
        b.write(b"\x03")
        got = b.read_until(b"\x04>", 10).decode()
        check("Ctrl-C ends a sleep at once", "KeyboardInterrupt" in got and time.monotonic() - t0 < 5, repr(got))
        depth = b.stack_high_water()
        check("the deepest C stack use stays inside the stack (%d of %d B)" % (depth, STACK_BYTES),
              0 < depth < STACK_BYTES - 64, depth)
        if VERBOSE:
            print("     deepest stack use: %d B" % depth)
        b.write(b"\x02")  # back to the friendly REPL
        b.read_until(b">>> ", 5)
        b.raw = False
        got = b.send(b"\x04").decode()
        check("Ctrl-D: soft reboot to the banner", "soft reboot\r\n" in got and "MicroPython v1.9.2" in got, repr(got))


def test_board(img):
    with board(img) as b:
        out, err = run(b, "import time\nt = time.ticks_ms()\ntime.sleep_ms(100)\nd = time.ticks_diff(time.ticks_ms(), t)\n"
                          "print(100 <= d <= 150)")
        check("sleep_ms(100) lasts 100 ms of ticks", out == "True\n", repr((out, err)))
        out, err = run(b, "from microbit import *\nprint(temperature())")
        check("temperature(): QEMU's missing TEMP gives the defined 21", out == "21\n", repr((out, err)))
        out, err = run(b, "import random\na = random.getrandbits(30)\nb = random.getrandbits(30)\nprint(a != b)")
        check("random numbers from the RNG", out == "True\n", repr((out, err)))
        mark = b.gpio_mark()
        out, err = run(b, "from microbit import *\ndisplay.show(Image.HEART)")
        frames = b.frames_since(mark)
        check("display.show(Image.HEART) on the LED matrix", frames and frames[-1] == HEART, frames)
        b.press(0)
        time.sleep(0.1)
        out, err = run(b, "print(button_a.is_pressed(), button_b.is_pressed())")
        b.release(0)
        time.sleep(0.1)
        check("button A held", out == "True False\n", repr((out, err)))
        out, err = run(b, "print(button_a.was_pressed(), button_a.is_pressed())")
        check("its press was counted", out == "True False\n", repr((out, err)))
        b.write(b"import microbit\r\nmicrobit.reset()\r\n")  # raw mode: buffered, run at Ctrl-D
        b.write(b"\x04")
        got = b.read_until(b">>> ", 20).decode()
        check("microbit.reset() reboots", "MicroPython v1.9.2" in got, repr(got[-200:]))
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        check("only modelled peripherals used (-d unimp)", not bad, "; ".join(bad[:5]))


def test_float(img):
    with board(img) as b:
        out, err = run(b, "a = 1 / 3\nb = 2 ** 0.5\nprint(1.5, a, b, 1e100, 123456789.0, '%.9g' % a)")
        # Single precision printed with the original firmware's 6 significant digits (MBPY_FLOAT_SHORTEST
        # off, docs/known-differences.md), here computed by the Cortex-M0's soft float.
        check("single-precision floats print 6 digits", out == "1.5 0.333333 1.41421 inf 1.23457e+08 0.333333343\n",
              repr((out, err)))
        # sin, cos and tan through the port's argument reduction (ports/nrf51/rem_pio2f.cpp), exact for
        # every float, and its tan, asin and acos (libm_trig.cpp): sin and cos within one step of the
        # float32 nearest CPython's (double) result, tan, asin and acos within three (docs/known-differences.md).
        xs = [0x3F490FDB, 0x3F800000, 0x4016CBE4, 0x40490FDB, 0x42C80000, 0x447A0000, 0x47C35000, 0x4B000001,
              0x501502F9, 0x60AD78EC, 0x7149F2CA, 0x7F7FFFFF, 0x5922AA80, 0x6A4F3E47, 0xC61C4000, 0xE9F12345]
        units = [0x3F800000, 0xBF800000, 0x3F000000, 0xBF7D70A4, 0x3F7FFFFF, 0x3E7CE18A, 0xBEEDBC7B, 0x00000000,
                 0x80000000, 0x3A83126F, 0x3F6E147B, 0xBF3504F3]
        fns = [("sin", 1), ("cos", 1), ("tan", 3)]
        code = ("import math, struct\nfor b, fs in ((%r, (math.sin, math.cos, math.tan)), (%r, (math.asin, "
                "math.acos))):\n for b in b:\n  x = struct.unpack('<f', struct.pack('<I', b))[0]\n"
                "  print(*[struct.unpack('<I', struct.pack('<f', f(x)))[0] for f in fs])" % (xs, units))
        out, err = run(b, code)
        got = [list(map(int, line.split())) for line in out.splitlines()] if not err else []

        def as_float(bits):
            return struct.unpack("<f", struct.pack("<I", bits))[0]

        def ulps(bits, want):  # distance in steps of the float32 nearest to want
            near = struct.unpack("<I", struct.pack("<f", want))[0]
            return abs(as_float(bits) - want) / abs(as_float(near ^ 1) - as_float(near))
        cases = [(b, fns) for b in xs] + [(b, [("asin", 3), ("acos", 3)]) for b in units]
        bad = []
        for (xb, fs), row in zip(cases, got):
            for bits, (name, limit) in zip(row, fs):
                want = getattr(math, name)(as_float(xb))
                if len(row) != len(fs) or ulps(bits, want) > limit:
                    bad.append((name, hex(xb), bits, want))
        check("sin, cos, tan, asin and acos of floats within their float steps", len(got) == len(cases) and not bad,
              repr((out, err, bad)))
        # pow, exp and log in the port's fixed point (libm_exp_log.cpp): within one step of CPython's
        # double result, exact where the float32 holds it (2.0 ** 10, 3.0 ** 5, 9.0 ** 0.5, 10.0 ** 9).
        pairs = [(2.0, 10.0), (3.0, 5.0), (9.0, 0.5), (10.0, 9.0), (10.0, -2.0), (2.0, 0.5), (1.0001, 80000.0),
                 (0.9, -700.0), (7.5, -40.0), (-3.0, 7.0), (-2.0, -3.0), (1.5, 218.0), (2.0, -149.0), (0.5, 126.5),
                 (123.456, 0.31), (1e-30, 1.25), (1e30, -0.75), (2.718281828, 1.0), (3.4e38, 1.0), (-1.0, 1e9)]
        args = [0.0, 1.0, -1.0, 1e-6, 0.5, -0.5, 2.0, 10.0, -10.0, 88.7, -87.3, -103.9, 20.25, 1e-30, 88.72,
                0.99999994, 1.0000001, 7.389056]
        code = ("import math, struct\ng = lambda f: struct.unpack('<I', struct.pack('<f', f))[0]\n"
                "for x, y in %r:\n print(g(x ** y), g(math.pow(x, y)))\nfor x in %r:\n"
                " print(g(math.exp(x)), g(math.log(x)) if x > 0 else 0)" % (pairs, args))
        out, err = run(b, code)
        got = [list(map(int, line.split())) for line in out.splitlines()] if not err else []
        f32 = lambda v: struct.unpack("<f", struct.pack("<f", v))[0]  # what the device parses
        want = ([[math.pow(f32(x), f32(y))] * 2 for x, y in pairs] +
                [[math.exp(f32(x)), math.log(f32(x)) if x > 0 else None] for x in args])
        bad = []
        for row, (name, w) in zip(got, zip(["pow %r" % (p,) for p in pairs] + ["exp/log %r" % a for a in args], want)):
            for bits, value in zip(row, w):
                if value is not None and ulps(bits, value) > 1:
                    bad.append((name, bits, value))
        exact = [got[i][0] for i in range(4)] if len(got) > 4 else []
        check("pow, exp and log within one float step, integer powers exact",
              len(got) == len(want) and not bad and exact == [0x44800000, 0x43730000, 0x40400000, 0x4E6E6B28],
              repr((out, err, bad)))
        # atan2 from atanf (libm_trig.cpp): within three steps; the signed zeros and infinities as C99's.
        inf = float("inf")
        pairs = [(1.0, 2.0), (1.0, -2.0), (-1.0, -2.0), (-3.5, 0.25), (1e-30, -1.0), (-1e30, 1e-30), (0.0, -1.0),
                 (-0.0, -1.0), (0.0, 0.0), (-0.0, -0.0), (inf, -inf), (-inf, inf), (5.0, -inf), (-5.0, inf),
                 (inf, 3.0), (2.0, -0.0), (0.7, -0.7), (-123.0, -0.001)]
        code = ("import math, struct\ninf = float('inf')\nfor y, x in %s:\n"
                " print(struct.unpack('<I', struct.pack('<f', math.atan2(y, x)))[0])"
                % repr(pairs))
        out, err = run(b, code)
        got = [int(line) for line in out.splitlines()] if not err else []
        bad = [(p, g) for p, g in zip(pairs, got)
               if ulps(g, math.atan2(f32(p[0]), f32(p[1]))) > 3 or
               math.copysign(1, as_float(g)) != math.copysign(1, math.atan2(p[0], p[1]))]
        check("atan2 within three float steps, signed zeros and infinities", len(got) == len(pairs) and not bad,
              repr((out, err, bad)))


def test_files(img):
    with board(img) as b:
        out, err = run(b, "import os\nprint(os.listdir())")
        check("a fresh filesystem is empty", out == "[]\n", repr((out, err)))
        # One call at a time: a call nested in another exceeds the device's C-stack budget today.
        code = ("s = 'x' * 300\nf = open('data.txt', 'w')\nn = f.write(s)\nf.close()\n"
                "f = open('data.txt')\nt = f.read()\nf.close()\nm = len(t)\nprint(n, m)")
        out, err = run(b, code)
        check("a 300-byte file written and read back", out == "300 300\n", repr((out, err)))
        out, err = run(b, "f = open('main.py', 'w')\nn = f.write('print(\"main.py ran\")\\n')\nf.close()")
        boot = b.system_reset().decode()
        check("files survive a reset, and main.py runs at boot", boot.startswith("main.py ran\r\n"), repr(boot[:200]))
        out, err = run(b, "import os\nl = os.listdir()\nl.sort()\nprint(l)")
        check("both files are there", out == "['data.txt', 'main.py']\n", repr((out, err)))
        run(b, "f = open('main.py', 'w')\nn = f.write('x = 1\\ny = x // 0\\n')\nf.close()")
        b.take()
        b.qmp("system_reset")
        b.raw = False
        got = b.read_until(b"ZeroDivisionError", 10)
        time.sleep(0.2)
        b.write(b"\x03")  # stops the error's scroll on the LEDs
        got += b.read_until(b">>> ", 10)
        check("a main.py that raises: traceback, Ctrl-C ends the scroll, then the REPL",
              b'File "__main__", line 2' in got and b"MicroPython v1.9.2" in got, repr(got[-300:]))
        out, err = run(b, "import os\nos.remove('main.py')\nos.remove('data.txt')\nprint(os.listdir())")
        check("files removed", out == "[]\n", repr((out, err)))


def test_tools(img):
    """Files put in the runtime hex by microbit-fs, a script appended by uflash 1.2.4: both run at boot."""
    import shutil
    import subprocess
    import tempfile
    hex_path = img + ("-qemu" if OVERSIZE else "") + ".hex"
    tmp = tempfile.mkdtemp(prefix="suite_firmware_")
    interop = os.path.join(ROOT, "tests", "interop")
    if shutil.which("node") and os.path.isdir(os.path.join(interop, "node_modules", "@microbit", "microbit-fs")):
        main_py = os.path.join(tmp, "main.py")
        with open(main_py, "w") as f:
            f.write("print('hello from microbit-fs')\n")
        out = os.path.join(tmp, "fs.hex")
        r = subprocess.run(["node", os.path.join(interop, "hex_fs.js"), "build", hex_path, out, "main.py=" + main_py],
                           capture_output=True, text=True)
        if check("microbit-fs puts main.py in the runtime hex", r.returncode == 0, r.stderr):
            with board(img, files_hex=out) as b:
                check("microbit-fs's main.py runs at boot", b.banner.startswith(b"hello from microbit-fs\r\n"),
                      repr(b.banner[:100]))
    else:
        print("SKIP microbit-fs: node or tests/interop/node_modules missing")
    if subprocess.run(["/usr/bin/python3", "-c", "import uflash"], capture_output=True).returncode == 0:
        out = os.path.join(tmp, "uflash.hex")
        code = ("import uflash, sys\nrt = open(sys.argv[1]).read()\n"
                "open(sys.argv[2], 'w').write(uflash.embed_hex(rt, uflash.hexlify(b'print(6 * 7)')))\n")
        r = subprocess.run(["/usr/bin/python3", "-c", code, hex_path, out], capture_output=True, text=True)
        if check("uflash 1.2.4 appends a script", r.returncode == 0, r.stderr):
            with board(img, files_hex=out) as b:
                check("the appended script runs at boot", b.banner.startswith(b"42\r\n"), repr(b.banner[:100]))
    else:
        print("SKIP uflash: Debian's python3-uflash missing")
    if os.access(MBIT, os.X_OK):
        # main.py importing a module beside it in the filesystem; a script appended as uflash 1.x does.
        files = {"main.py": "import helper\nprint('mbit hex build', helper.X * 2)\n", "helper.py": "X = 21\n",
                 "alone.py": "print('appended by mbit', 6 * 7)\n"}
        for name, text in files.items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
        for kind, args, want in (("files", ["main.py", "--add", "helper.py"], b"mbit hex build 42\r\n"),
                                 ("appended", ["alone.py", "--appended"], b"appended by mbit 42\r\n")):
            out = os.path.join(tmp, "mbit-%s.hex" % kind)
            r = subprocess.run([MBIT, "hex", "build", "--runtime", hex_path, "-o", out] + args,
                               capture_output=True, text=True, cwd=tmp)
            if check("mbit hex build makes a hex (%s)" % kind, r.returncode == 0, r.stderr):
                with board(img, files_hex=out) as b:
                    check("mbit hex build's program runs at boot (%s)" % kind, b.banner.startswith(want),
                          repr(b.banner[:200]))
    else:
        print("SKIP mbit hex build: %s not built (scripts/build)" % MBIT)
    shutil.rmtree(tmp, ignore_errors=True)


TESTS = [test_repl, test_board, test_float, test_files, test_tools]


def main():
    global VERBOSE, OVERSIZE, MBIT
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("--oversize", action="store_true", help=qemu_board.OVERSIZE_HELP)
    ap.add_argument("--fits", action="store_true", help=qemu_board.FITS_HELP)
    ap.add_argument("--mbit", default=MBIT, help="the host build's mbit (for `mbit hex build`)")
    ap.add_argument("-k", dest="only")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    qemu_board.resolve_fits(a)
    VERBOSE, OVERSIZE, MBIT = a.v, not a.fits, os.path.abspath(a.mbit)
    img = os.path.abspath(os.path.join(a.build, "mbpy-microbit"))
    want = img + ("-qemu.hex" if OVERSIZE else ".hex")
    if not os.path.exists(want):
        print("SKIP all: %s not built (scripts/build nrf51)" % want)
        skipped_all = 1
    elif not qemu_board.has_qemu():
        print("SKIP all: qemu-system-arm missing (run scripts/setup)")
        skipped_all = 1
    else:
        skipped_all = 0
        for t in TESTS:
            if a.only and a.only not in t.__name__:
                continue
            try:
                t(img)
            except qemu_board.BoardError as e:
                check(t.__name__, False, str(e))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped + skipped_all))
    print("expected failures: %d still failing, %d now passing" % (xfail_still, xfail_now))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
