#!/usr/bin/env python3
"""Speed on the micro:bit v1, measured in QEMU the same way for mbpy's firmware and the original v1.0.1
(issue 14's table): each program times itself with `microbit.running_time()` under `-icount shift=0`, where
the guest clock advances 1 ns per instruction, so a millisecond is a million instructions and the figures
do not depend on the machine or its load. Each program runs in the raw REPL after a soft reset; the best
of --runs runs is kept; the ratio is mbpy's time over the original's (below 1.0: mbpy is faster).

    python3 bench/tools/device_speed.py [--build build-nrf51] [--runs 3] [--no-original]
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "device"))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
import qemu_board  # noqa: E402
import upy_qemu  # noqa: E402

# Each program prints `ms <elapsed>` and a check value, the same on both firmwares (single-precision
# floats on both). Sizes keep every run within the device's heap and near 100-300 ms of guest time.
TIMED = """
from microbit import running_time
%s
t0 = running_time()
r = bench()
print('ms', running_time() - t0)
print(r)
"""
PROGRAMS = [
    ("sum loop in a function", """
def bench():
    for k in range(10):
        s = 0
        for i in range(40000):
            s += i
    return s
"""),
    ("pystone-like loop", """
class Record:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def step(self, k):
        self.a = self.a + k
        if self.a > 100:
            self.a -= 100
        return self.a * 2
def proc(rec, arr, i):
    arr[i % 8] = rec.step(i) + arr[(i + 1) % 8]
    return arr[i % 8] & 255
def bench():
    rec = Record(1, 'x')
    arr = [0] * 8
    total = 0
    i = 0
    while i < 30000:
        total = (total + proc(rec, arr, i)) & 0xffff
        i += 1
    return total
"""),
    ("string building: += and join", """
def bench():
    n = 0
    for k in range(200):
        s = ''
        for i in range(60):
            s += str(i)
        parts = []
        for i in range(60):
            parts.append(str(i))
        t = ','.join(parts)
        n += len(s) + len(t)
    return n
"""),
    ("float loop", """
def bench():
    x = 0.0
    y = 1.0
    for i in range(40000):
        x = x * 0.5 + i * 1.5
        y = y * 1.0001 + x / (i + 1.0)
    return int(x) // 1000
"""),
]


def measure(dev, runs):
    rows = {}
    dev.enter_raw()
    for name, body in PROGRAMS:
        best, check = None, None
        for _ in range(runs):
            dev.soft_reset()
            out, err = dev.run(TIMED % body, 300)
            m = re.search(r"ms (\d+)\r\n(.*)\r\n", out)
            if not m:
                best = (out + err).strip()[-80:]
                break
            ms = int(m.group(1))
            best, check = ms if best is None else min(best, ms), m.group(2)
        rows[name] = (best, check)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-original", action="store_true")
    a = ap.parse_args()
    image = os.path.join(a.build, "mbpy-microbit")
    if not os.path.exists(image + ".hex"):
        sys.exit("no %s.hex: run scripts/build nrf51 (the image that fits the chip)" % image)
    with qemu_board.Board(image, flash="hex", prompt=b">>> ", icount=0) as b:
        ours = measure(b, a.runs)
    theirs = {}
    if not a.no_original:
        with upy_qemu.Device(icount=0) as d:
            theirs = measure(d, a.runs)
    print("| program (ms at 1 ns per instruction) | mbpy | original v1.0.1 | ratio |")
    print("|---|---|---|---|")
    for name, _ in PROGRAMS:
        ms, check = ours[name]
        oms, ocheck = theirs.get(name, (None, None))
        ratio = "%.2f" % (ms / oms) if isinstance(ms, int) and isinstance(oms, int) and oms else "-"
        if ocheck is not None and check != ocheck:
            ratio += " (results differ: %s / %s)" % (check, ocheck)
        print("| %s | %s | %s | %s |" % (name, ms, "-" if oms is None else oms, ratio))


if __name__ == "__main__":
    main()
