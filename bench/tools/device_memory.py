#!/usr/bin/env python3
"""RAM on the micro:bit v1, measured in QEMU the same way for mbpy's firmware and the original v1.0.1
(issue 14's table): the free heap typed first in the friendly REPL after boot, the largest `[0]*n`,
`bytearray(n)`, str and dict, and the depth of a small recursive function, each after a soft reset in the
raw REPL. With --host, the same programs under `mbpy -X device` (the simulator's prediction).

    python3 bench/tools/device_memory.py [--build build-nrf51] [--no-original] [--host build/mbpy]
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "device"))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
import qemu_board  # noqa: E402
import upy_qemu  # noqa: E402

FIRST_LINE = b"import gc; gc.collect(); gc.mem_free()\r"

# Each grows one object until MemoryError and prints the largest size that was made: a doubling then a
# bisection, the object dropped before each try. Top-level code with little nesting, so that it compiles
# within the device's C-stack budget.
SEARCH = """
lo = 0
step = 1024
while step:
    try:
        x = %s
        x = None
        lo += step
    except MemoryError:
        step //= 2
print(lo)
"""
MEASURES = [
    ("[0]*n", SEARCH % "[0] * (lo + step)"),
    ("bytearray(n)", SEARCH % "bytearray(lo + step)"),
    ("str", SEARCH % "'a' * (lo + step)"),
    ("dict entries", """
d = {}
n = 0
while n >= 0:
    try:
        d[n] = 0
        n += 1
    except MemoryError:
        n = -1
n = len(d)
d = None
print(n)
"""),
    ("recursion depth", """
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except (RuntimeError, MemoryError):
    pass
print(depth)
"""),
]


def measure_device(dev):
    rows = {}
    got = dev.send(FIRST_LINE).decode("utf-8", "replace")
    m = re.search(r"\r\n(\d+)\r\n", got)
    rows["gc.mem_free() first"] = int(m.group(1)) if m else got
    dev.enter_raw()
    for name, code in MEASURES:
        try:
            dev.soft_reset()
            out, err = dev.run(code, 60)
        except upy_qemu.OracleError:  # a hang: say so, and go on from a fresh boot
            rows[name] = "timeout"
            dev.close()
            dev.start()
            dev.enter_raw()
            continue
        rows[name] = int(out) if out.strip().isdigit() else (out + err).strip()[-80:]
    return rows


def measure_host(mbpy):
    rows = {}
    first = subprocess.run([mbpy, "-X", "device", "--repl"], input=FIRST_LINE, capture_output=True, timeout=60)
    m = re.search(rb"\n(\d+)\r?\n", first.stdout)
    rows["gc.mem_free() first"] = int(m.group(1)) if m else first.stdout[-80:]
    for name, code in MEASURES:
        p = subprocess.run([mbpy, "-X", "device", "--headless", "-c", code], capture_output=True, text=True,
                           timeout=120)
        rows[name] = int(p.stdout) if p.stdout.strip().isdigit() else (p.stdout + p.stderr).strip()[-80:]
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("--no-original", action="store_true")
    ap.add_argument("--host", help="an mbpy binary to run with -X device")
    a = ap.parse_args()
    cols = []
    fits = "MBPY_NRF51_FIRMWARE_FITS:BOOL=ON" in open(os.path.join(a.build, "CMakeCache.txt")).read()
    img = os.path.join(a.build, "mbpy-microbit")
    if fits:
        b = qemu_board.Board(img, flash="hex", prompt=b">>> ")
    else:
        b = qemu_board.Board(img + "-qemu", flash="hex", prompt=b">>> ", flash_size=1 << 20)
    with b:
        cols.append(("mbpy", measure_device(b)))
    if not a.no_original:
        with upy_qemu.Device() as d:
            cols.append(("v1.0.1", measure_device(d)))
    if a.host:
        cols.append(("-X device", measure_host(a.host)))
    names = list(cols[0][1])
    print("| measure | " + " | ".join(c for c, _ in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for n in names:
        print("| %s | " % n + " | ".join(str(r.get(n)) for _, r in cols) + " |")


if __name__ == "__main__":
    main()
