#!/usr/bin/env python3
"""The accelerometer and compass on TWI0 in QEMU, against the original firmware v1.0.1 in QEMU.

QEMU's TWI0 is a stub (../shared/spec/qemu-microbit.md): every event reads 1 and RXD answers 0x5A, 0x5A,
0x40, then (QEMU 7.2 reads past its table) 0x2E for ever. Both firmwares take the first three bytes at
boot (the two WHO_AM_I and the compass's SYSMOD), so the accelerometer then reads 0x2E on every axis:
(-736, -736, 736) at 2 g, no gesture; the compass's data-ready line (P0.29) stays low, so it gives 0.
The same program runs on both and must print the same; TWI0 and the GPIO it uses are modelled, so the
unimplemented-access log shows no other block.

    python3 tests/device/suite_sensors_device.py --build build-nrf51 [--fits] [-v]
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
import upy_qemu  # noqa: E402

PROGRAMS = [
    ("get_values", "print(accelerometer.get_values())"),
    ("get_x/y/z", "print(accelerometer.get_x(), accelerometer.get_y(), accelerometer.get_z())"),
    ("compass get_x/y/z", "print(compass.get_x(), compass.get_y(), compass.get_z())"),
    ("compass field strength", "print(compass.get_field_strength())"),
    ("current_gesture", "print(repr(accelerometer.current_gesture()))"),
    ("gestures after 200 ms",
     "sleep(200)\nprint(repr(accelerometer.current_gesture()), accelerometer.get_gestures())\n"
     "print(accelerometer.is_gesture('face up'), accelerometer.was_gesture('shake'))"),
    ("values after gestures", "print(accelerometer.get_values())"),
]
PRELUDE = "from microbit import *\n"
# Modelled blocks that log their accesses (the clock stub and TWI0's), and the boot's vector reads.
UNIMP_OK = [r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'"]


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    want = []
    with upy_qemu.Device() as dev:
        for _, code in PROGRAMS:
            out, err = dev.run(PRELUDE + code)
            want.append((out + err).replace("\r\n", "\n"))
    kw = qemu_board.board_kwargs(a)
    b = qemu_board.Board(img, **kw).start()
    try:
        for (name, code), w in zip(PROGRAMS, want):
            out, err = b.run(PRELUDE + code)
            got = (out + err).replace("\r\n", "\n")
            suite.check("%s as the original" % name, got == w, "got %r, the original %r" % (got, w))
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        suite.check("no access to an unmodelled peripheral (-d unimp)", not bad, "; ".join(bad[:5]))
    finally:
        b.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
