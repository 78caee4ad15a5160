#!/usr/bin/env python3
"""display.read_light_level on the nRF51 firmware in QEMU, against the original v1.0.1.

QEMU has no ADC (every read is 0, never busy), so the LEDs read as fully discharged and both firmwares
answer 255 (the brightest). The same programs must print the same on both, and the ADC's register writes in
QEMU's `-d unimp` log must be the original's per conversion: ENABLE, CONFIG 10 bits, a third of the input
against a third of the supply, on AIN5, AIN6, AIN7 (columns 1-3), START; one sensing slot every fourth 6 ms
strobe, so about 3 conversions every 24 ms once it was asked for.

    python3 tests/device/suite_light_device.py --build build-nrf51 [--fits] [-v]
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
from suite_radio_device import PatchedOriginal  # noqa: E402

LIGHT = [
    ("the first reading", "from microbit import *\nprint(display.read_light_level())"),
    ("after 50 ms", "sleep(50)\nprint(display.read_light_level())"),
    ("with an image shown", "display.show(Image.HEART)\nsleep(50)\nprint(display.read_light_level())"),
    ("with the display off", "display.off()\nprint(display.read_light_level(), pin3.get_mode(), pin4.get_mode())"),
    ("the display on again", "display.on()\nprint(pin3.get_mode(), display.read_light_level())"),
]
ADC = 0x7000
WRITE = re.compile(r"unimplemented device write \(size 4, offset (0x[0-9a-f]+), value (0x[0-9a-f]+)\)")
UNIMP_OK = [r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'", r"^nrf51_timer_write: bad write offset",
            r"^nrf51_soc\.io: unimplemented device (read|write) +\(size 4, offset 0x00007[0-9a-f]{3}\b"]


def adc_configs(lines):
    """The CONFIG of each conversion the ADC starts in `lines`: the first written after ENABLE is set (the
    original then writes it again, read-modify-write for PSEL, which in QEMU reads 0: the bits are lost
    there, not on the chip)."""
    out, config = [], None
    for ln in lines:
        m = WRITE.search(ln)
        if not m:
            continue
        off, val = int(m.group(1), 16), int(m.group(2), 16)
        if off == ADC + 0x500 and val == 1:
            config = None
        elif off == ADC + 0x504 and config is None:
            config = val
        elif off == ADC and val == 1:
            out.append(config)
    return out


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    ours = []
    b = qemu_board.Board(img, **qemu_board.board_kwargs(a)).start()
    try:
        seen = len(b.unimp())
        for _, code in LIGHT:
            o, e = b.run(code)
            ours.append((o + e).replace("\r\n", "\n"))
        configs = adc_configs(b.unimp()[seen:])
        suite.check("each conversion on AIN5, AIN6 or AIN7, 10 bits, a third against a third of the supply",
                    configs and all(c in (0x206A, 0x406A, 0x806A) for c in configs), [hex(c) for c in configs[:9]])
        seen = len(b.unimp())
        b.run("sleep(480)")
        n = len(adc_configs(b.unimp()[seen:]))
        suite.check("a sensing slot every 24 ms: about 60 conversions in 480 ms", 45 <= n <= 66, "%d" % n)
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        suite.check("no other unmodelled peripheral touched (-d unimp)", not bad, "; ".join(bad[:5]))
    finally:
        b.close()

    # The original hangs in these programs in most runs on a loaded host with QEMU's real-time clock (its
    # light sensor's timer against the display's): with -icount it did not in 18 runs. A fresh boot of it
    # tries again all the same, five times at most.
    for attempt in range(5):
        o = PatchedOriginal(upy_qemu.hex_to_padded_image(), icount=6).start()
        try:
            seen = len(o.unimp())
            theirs = [o.run(code, timeout=6) for _, code in LIGHT]
            theirs_configs = adc_configs(o.unimp()[seen:])
            break
        except upy_qemu.OracleError:
            if attempt == 4:
                raise
        finally:
            o.close()
    for (name, _), mine, (out, err) in zip(LIGHT, ours, theirs):
        t = (out + err).replace("\r\n", "\n")
        suite.check("read_light_level %s as the original" % name, mine == t, "ours %r, the original %r" % (mine, t))
    suite.check("the original's conversions are on the same channels and settings",
                set(theirs_configs) == {0x206A, 0x406A, 0x806A}, [hex(c) for c in theirs_configs[:9]])
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
