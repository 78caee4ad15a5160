#!/usr/bin/env python3
"""The 26 example programs of Debian's firmware-microbit-micropython, each as main.py in QEMU.

Each one is put in the filesystem of the firmware's hex by `mbit hex build` and booted; after a few seconds
of running, its serial output must hold no traceback, no error and no hard fault. In QEMU the sensors answer
with fixed bytes, so a program that waits for a gesture or a button just waits: running without an error is
what is checked. OUT_OF_MEMORY lists the programs that still run out of heap while compiling (the original
v1.0.1 runs them all); one of them that runs is a failure too, so the list stays true.

    python3 tests/device/suite_examples_device.py --build build-nrf51 [--mbit build/mbit] [--fits] [-v]
"""
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import checks  # noqa: E402
import qemu_board  # noqa: E402

EXAMPLES = "/usr/share/doc/firmware-microbit-micropython/examples"
RUN_SECONDS = 3.0  # wall time after boot: the programs' first frames, sounds and prints
# MemoryError while compiling (docs/nrf51.md, "Heap while compiling"): none since main.py is compiled
# through the lexer's window instead of being read into the heap whole.
OUT_OF_MEMORY = set()
BAD = ("Traceback", "Error", "HardFault")


def run_example(img, mbit, src, tmp, fits):
    hex_path = os.path.join(tmp, os.path.basename(src) + ".hex")
    subprocess.run([mbit, "hex", "build", "--runtime", img + ".hex", src, "-o", hex_path], check=True)
    kw = {} if fits else {"flash_size": 1 << 20}
    b = qemu_board.Board(img, files_hex=hex_path, **kw)
    b.start(wait_prompt=False)
    try:
        time.sleep(RUN_SECONDS)
        return b.take().decode("latin-1")
    finally:
        b.close()


def main():
    a, img = qemu_board.device_args("mbit", os.path.join("build", "mbit"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, host=a.mbit):
        return suite.finish()
    if not os.path.isdir(EXAMPLES):
        suite.skip("all", "%s missing (firmware-microbit-micropython: scripts/setup)" % EXAMPLES)
        return suite.finish()
    names = sorted(n for n in os.listdir(EXAMPLES) if n.endswith(".py"))
    suite.check("26 examples", len(names) == 26, "found %d" % len(names))
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            out = run_example(img, a.mbit, os.path.join(EXAMPLES, name), tmp, a.fits)
            bad = [w for w in BAD if w in out]
            if name in OUT_OF_MEMORY:
                suite.check("%s: still MemoryError (listed)" % name, "MemoryError" in out,
                            "it runs now: take it off OUT_OF_MEMORY; output %r" % out[-200:])
            else:
                suite.check("%s runs" % name, not bad, "output %r" % out[-300:])
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
