#!/usr/bin/env python3
"""machine (unique_id, mem8/16/32) on the nRF51 firmware in QEMU, against the original v1.0.1.

The same programs run on both firmwares and must print the same: unique_id() (QEMU's FICR has a fake but
fixed DEVICEID) and the FICR words mem32 reads, an address past 2**31 and one past 2**32, the mem objects'
reprs and errors, and loads and stores of each width into a bytearray's bytes (found by scanning RAM for
them: the two firmwares lay the object out differently).

    python3 tests/device/suite_machine_device.py --build build-nrf51 [--fits] [-v]
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

# Finds the bytearray `a` (8 bytes A0..A7, made at run time so no constant holds them) in RAM: its address.
FIND = ("import machine\na = bytearray(8)\nfor i in range(8):\n    a[i] = 0xA0 + i\n"
        "p = 0x20000000\nwhile not (machine.mem32[p] == -0x5c5d5e60 and machine.mem32[p + 4] == -0x58595a5c):\n"
        "    p += 4\n")
MACHINE = [
    ("unique_id", "import machine\nprint(machine.unique_id())"),
    ("unique_id is the FICR's DEVICEID", "import machine, struct\n"
     "print(machine.unique_id() == struct.pack('<ii', machine.mem32[0x10000060], machine.mem32[0x10000064]))"),
    ("FICR words", "import machine\nprint(machine.mem32[0x10000060], machine.mem32[0x10000064], "
     "machine.mem32[0x10000010], machine.mem16[0x10000010], machine.mem8[0x10000060], hex(machine.mem32[0x10000000]))"),
    ("an address past 2**31 (CPUID)", "import machine\nprint(hex(machine.mem32[0xE000ED00]))"),
    ("an address past 2**32 is truncated", "import machine\nprint(machine.mem8[0x10000060 + 2**32])"),
    ("reprs", "import machine\nprint(machine.mem8, machine.mem16, machine.mem32, type(machine.mem8))"),
    ("unaligned", "import machine\nmachine.mem16[0x10000061]"),
    ("unaligned 32", "import machine\nmachine.mem32[0x10000062]"),
    ("delete", "import machine\ndel machine.mem32[0x20000000]"),
    ("store a str", "import machine\nmachine.mem8[0x20000000] = 'x'"),
    ("store a float", "import machine\nmachine.mem8[0x20000000] = 1.5"),
    ("stores of each width", FIND +
     "machine.mem32[p] = 0x12345678\nprint(a, hex(machine.mem32[p]), machine.mem8[p], machine.mem16[p + 2])\n"
     "machine.mem8[p] = 0x1ff\nmachine.mem16[p + 2] = -1\nprint(a)\n"
     "machine.mem32[p + 4] = 0xffffffff\nprint(machine.mem32[p + 4], a)\n"
     "machine.mem32[p] = 2**40 + 5\nprint(machine.mem32[p], a)\n"
     "machine.mem32[p] = -2\nprint(machine.mem32[p], machine.mem16[p], machine.mem8[p])\n"
     "machine.mem32[p] = True\nprint(machine.mem32[p])"),
]
UNIMP_OK = [r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'", r"^nrf51_timer_write: bad write offset"]


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    kw = qemu_board.board_kwargs(a)
    ours_m = []
    b = qemu_board.Board(img, **kw).start()
    try:
        for _, code in MACHINE:
            o, e = b.run(code)
            ours_m.append((o + e).replace("\r\n", "\n"))
            b.soft_reset()
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        suite.check("no unmodelled peripheral touched (-d unimp)", not bad, "; ".join(bad[:5]))
    finally:
        b.close()

    with upy_qemu.Device() as dev:
        for (name, code), mine in zip(MACHINE, ours_m):
            o, e = dev.run(code)
            theirs = (o + e).replace("\r\n", "\n")
            suite.check("machine %s as the original" % name, mine == theirs,
                        "ours %r, the original %r" % (mine, theirs))
            dev.soft_reset()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
