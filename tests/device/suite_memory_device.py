#!/usr/bin/env python3
"""The firmware's heap in QEMU: programs that allocate until MemoryError get as far as under the host's
`mbpy -X device` (the simulator's prediction of the device's memory), and a soft reset (Ctrl-D) gives
`gc.mem_free()` back its value at boot and clears the display.

    python3 tests/device/suite_memory_device.py --build build-nrf51 [--mbpy build-device/mbpy] [--fits] [-v]

The host build with the device's settings (`scripts/build device`) is the simulator: the firmware's dict
layout (`MBPY_DICT_WIDE` off: 8-byte entries) is a setting, and instances hold their attributes in dicts.

The tolerance of each program, and why they differ at all: `-X device` gives the host a heap that
leaves twice the firmware's free heap at start (23,104 B with 8-byte words: 21,648 B free against the
firmware's 10,800 B of 12,560 B); both allocate in 16-byte blocks, which hold twice the words on the device.
Arrays of words (a list's items) take the same share of either heap and a list grows to what fits:
measured 3.5% more on the device, 5% allowed. Small objects round to blocks differently: class
instances (each with its dict) measured 14.5% fewer on the device, 25% allowed; a 2-item list is a
1-block header and a 1-block array on the device, a 2-block header and a 1-block array on the host:
measured 11-21% fewer on the device (the conservative scan of the C stack keeps more or less garbage as
the VM's frames change from build to build), 25% allowed. A list of 2-tuples: the device holds more than
the host predicts (532 to 476 measured): its first-fit allocator packs the one-block tuples below the
list's growing array (placed from the top), where the host's two-block tuples and the array meet sooner;
5% fewer to 75% more allowed. Byte data (str, bytearray) is not compared: its bytes do not double with the
word, so the host holds 1.5-3x more (docs/performance.md).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import checks  # noqa: E402
import qemu_board  # noqa: E402

BLANK = "00000:00000:00000:00000:00000"
GROW = "l = []\ntry:\n    while True:\n        l.append(%s)\nexcept MemoryError:\n    n = len(l)\n    l = None\n    print(n)\n"
# (name, program printing how far it got, tolerance below and above as fractions of the host's count)
PROGRAMS = [
    ("list_of_ints", GROW % "len(l)", 0.05, 0.05),
    ("tuples", GROW % "(len(l), None)", 0.05, 0.75),
    ("instances", "class P:\n    def __init__(self, x):\n        self.x = x\n" + GROW % "P(len(l))", 0.25, 0.15),
    ("linked_lists", "head = None\nn = 0\ntry:\n    while True:\n        head = [head, n]\n        n += 1\n"
                     "except MemoryError:\n    head = None\n    print(n)\n", 0.25, 0.25),
]
FIRST_LINE = b"import gc; gc.collect(); gc.mem_free()\r"


def host_count(mbpy, prog):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(prog)
    try:
        p = subprocess.run([mbpy, "-X", "device", f.name], capture_output=True, text=True, timeout=60)
    finally:
        os.unlink(f.name)
    return int(p.stdout.split()[-1]) if p.returncode == 0 and p.stdout.split() else None


def mem_free_first_line(b):
    """gc.mem_free() typed as the first line of the friendly REPL."""
    b.write(FIRST_LINE)
    got = b.read_until(b"\r\n>>> ", 20).decode("utf-8", "replace")
    m = re.search(r"\r\n(\d+)\r\n>>> ", got)
    return int(m.group(1)) if m else got


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build-device", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img):
        return suite.finish()
    kw = qemu_board.board_kwargs(a)
    mbpy = os.path.abspath(a.mbpy)
    with qemu_board.Board(img, **kw) as b:
        # Soft reset: the heap and the display as at boot, whatever the program left.
        boot = mem_free_first_line(b)
        suite.check("mem_free_at_boot", isinstance(boot, int), repr(boot))
        for line in (b"from microbit import *", b"display.show(Image.HEART)", b"keep = [bytearray(100) for i in range(20)]"):
            b.write(line + b"\r")
            b.read_until(b"\r\n>>> ", 20)
        mark = b.gpio_mark()
        b.write(b"\x04")
        got = b.read_until(b"\r\n>>> ", 20).decode("utf-8", "replace")
        suite.check("soft_reset", "soft reboot\r\n" in got and got.endswith(">>> "), repr(got[-200:]))
        frames = b.frames_since(mark)
        suite.check("soft_reset_clears_display", bool(frames) and frames[-1] == BLANK, frames)
        again = mem_free_first_line(b)
        suite.check("soft_reset_gives_back_the_heap", again == boot, "boot %r, after soft reset %r" % (boot, again))
        if a.verbose:
            print("  gc.mem_free() first in the REPL: %r at boot, %r after a soft reset" % (boot, again))
        # How far a program allocating until MemoryError gets, against mbpy -X device.
        if not os.access(mbpy, os.X_OK):
            suite.skip("memory_error_programs", "%s not built (scripts/build device)" % mbpy)
            return suite.finish()
        for name, prog, below, above in PROGRAMS:
            b.soft_reset()
            out, err = b.run(prog, 30)
            dev = int(out.split()[-1]) if not err and out.split() else None
            host = host_count(mbpy, prog)
            ok = dev is not None and host is not None and -below * host <= dev - host <= above * host
            allowed = "-%d%% to +%d%%" % (below * 100, above * 100)
            suite.check("memory_error_" + name, ok, "device %r (%r), mbpy -X device %r, allowed %s"
                        % (dev, err.strip()[-100:], host, allowed))
            if a.verbose:
                print("  %s: device %r, mbpy -X device %r (%+.1f%%, allowed %s)" % (
                    name, dev, host, 100.0 * (dev - host) / host if dev and host else 0, allowed))
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
