#!/usr/bin/env python3
"""spi on the nRF51 firmware in QEMU, against the original v1.0.1.

QEMU does not model SPI1 (every read is 0, READY never comes); its `-d unimp` log records each write.
After each spi.init(...) the registers must hold the nRF51 reference values (PSEL* the pins' GPIOs,
FREQUENCY the largest rate at or below the baud rate, CONFIG = mode << 1, ENABLE 1), and a transfer writes
each byte to TXD. The original waits for READY with no timeout, so in QEMU it hangs at its first byte: a
copy of its image with that one wait loop made a no-op (found by its instructions next to SPI1's literal
address, checked by count) runs the same steps, and its registers, TXD writes and output must equal ours.
It hangs too at a second spi.init() (its driver refuses a second set-up), so each setting runs on a fresh
boot of it.

    python3 tests/device/suite_spi_device.py --build build-nrf51 [--fits] [-v]
"""
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
import upy_qemu  # noqa: E402
from suite_radio_device import PatchedOriginal  # noqa: E402

SPI1 = 0x4000
SPI_REGS = {0x500: "ENABLE", 0x508: "PSELSCK", 0x50C: "PSELMOSI", 0x510: "PSELMISO", 0x524: "FREQUENCY",
            0x554: "CONFIG"}
TXD = 0x51C
WRITE = re.compile(r"unimplemented device write \(size 4, offset (0x[0-9a-f]+), value (0x[0-9a-f]+)\)")
K = 0x02000000  # FREQUENCY K125; each step doubles the rate
# (spi.init arguments, the registers they must leave: the nRF51 reference values)
INITS = [
    ("", {"PSELSCK": 23, "PSELMOSI": 21, "PSELMISO": 22, "FREQUENCY": K << 3, "CONFIG": 0, "ENABLE": 1}),
    ("baudrate=500000, bits=8, mode=3, sclk=pin8, mosi=pin12, miso=pin16",
     {"PSELSCK": 18, "PSELMOSI": 20, "PSELMISO": 16, "FREQUENCY": K << 2, "CONFIG": 6, "ENABLE": 1}),
    ("baudrate=8000000, mode=1", {"FREQUENCY": K << 6, "CONFIG": 2, "ENABLE": 1}),
    ("baudrate=20000000, mode=2", {"FREQUENCY": K << 6, "CONFIG": 4, "ENABLE": 1}),
    ("baudrate=300000", {"FREQUENCY": K << 1, "CONFIG": 0, "ENABLE": 1}),
    ("baudrate=249999", {"FREQUENCY": K, "CONFIG": 0, "ENABLE": 1}),
    ("baudrate=100", {"FREQUENCY": K, "CONFIG": 0, "ENABLE": 1}),
]
# Transfers after spi.init(): (code, the bytes written to TXD)
TRANSFERS = [
    ("print(spi.write(b'\\xa5\\x01'))", [0xA5, 0x01]),
    ("print(spi.read(3))", [0, 0, 0]),
    ("print(spi.read(2, 0x55))", [0x55, 0x55]),
    ("b = bytearray(2)\nprint(spi.write_readinto(b'xy', b), b)", [0x78, 0x79]),
    ("print(spi.write('ab'))", [0x61, 0x62]),
    ("print(spi.read(0), spi.write(b''))", []),
    ("print(pin13.get_mode(), pin14.get_mode(), pin15.get_mode())", []),
]
UNIMP_OK = [r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'", r"^nrf51_timer_write: bad write offset",
            r"^nrf51_soc\.io: unimplemented device (read|write) +\(size 4, offset 0x00004[0-9a-f]{3}\b"]
# The original's wait for READY: `ldr r1, [r2, #12]; cmp r1, #1; bne <the ldr>`.
WAIT = re.compile(rb"\xd1\x68\x01\x29\xfc\xd1")


def spi_writes(lines):
    """(register offset, value) of each SPI1 write in `lines`."""
    out = []
    for ln in lines:
        m = WRITE.search(ln)
        if m and SPI1 <= int(m.group(1), 16) < SPI1 + 0x1000:
            out.append((int(m.group(1), 16) - SPI1, int(m.group(2), 16)))
    return out


def spi_state(writes):
    return {SPI_REGS[o]: v for o, v in writes if o in SPI_REGS}


def patched_original():
    """The original's flash image with its SPI wait made a no-op, or (None, why)."""
    import struct
    img = bytearray(upy_qemu.hex_to_padded_image())
    lits = [m.start() for m in re.finditer(re.escape(struct.pack("<I", 0x40000000 + SPI1)), img[:0x40000])]
    if not lits:
        return None, "no SPI1 address in the original image"
    found = [m for m in WAIT.finditer(img, min(lits) - 0x800, max(lits) + 0x800)]
    if len(found) != 1:
        return None, "%d SPI wait loops found, 1 expected" % len(found)
    img[found[0].end() - 2:found[0].end()] = b"\xc0\x46"  # the branch back -> mov r8, r8
    return bytes(img), None


def run_spi(board, init, transfers):
    """Output, SPI registers after init, then (output, TXD bytes) of each transfer."""
    seen = len(board.unimp())
    out, err = board.run("from microbit import *\nspi.init(%s)" % init)
    lines = board.unimp()
    state, seen = spi_state(spi_writes(lines[seen:])), len(lines)
    results = []
    for code, _ in transfers:
        o, e = board.run(code)
        lines = board.unimp()
        tx = [v for r, v in spi_writes(lines[seen:]) if r == TXD]
        seen = len(lines)
        results.append(((o + e).replace("\r\n", "\n"), tx))
    return (out + err).replace("\r\n", "\n"), state, results


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    ours_spi = []
    b = qemu_board.Board(img, **qemu_board.board_kwargs(a)).start()
    try:
        for i, (init, want) in enumerate(INITS):
            out, state, res = run_spi(b, init, TRANSFERS if i == 0 else [])
            ours_spi.append((out, state, res))
            diff = {k: (hex(state.get(k, -1)), hex(v)) for k, v in want.items() if state.get(k) != v}
            suite.check("spi.init(%s): the registers" % init, out == "" and not diff,
                        "output %r; got, want: %r" % (out, diff))
        for (code, tx), (out, got) in zip(TRANSFERS, ours_spi[0][2]):
            suite.check("%s: TXD gets %r" % (code, tx), got == tx, "TXD %r, output %r" % (got, out))
        t0 = time.monotonic()
        out, err = b.run("spi.write(bytes(200))\nprint(len(spi.read(200)))")
        suite.check("400 bytes with no READY end in time", out == "200\r\n" and time.monotonic() - t0 < 5,
                    "%r %r after %.1f s" % (out, err, time.monotonic() - t0))
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        suite.check("no other unmodelled peripheral touched (-d unimp)", not bad, "; ".join(bad[:5]))
    finally:
        b.close()

    image, why = patched_original()
    if image is None:
        suite.skip("spi as the original", why)
        return suite.finish()
    for i, (init, _) in enumerate(INITS):
        o = PatchedOriginal(image).start()
        try:
            theirs = run_spi(o, init, TRANSFERS if i == 0 else [])
        finally:
            o.close()
        mine = ours_spi[i]
        suite.check("spi.init(%s): registers as the original" % init, mine[1] == theirs[1],
                    "ours %r, the original %r" % (hexd(mine[1]), hexd(theirs[1])))
        for (code, _), m, t in zip(TRANSFERS, mine[2], theirs[2]):
            suite.check("%s: output and TXD as the original" % code, m == t, "ours %r, the original %r" % (m, t))
    return suite.finish()


def hexd(d):
    return {k: hex(v) for k, v in d.items()}


if __name__ == "__main__":
    sys.exit(main())
