#!/usr/bin/env python3
"""uart.init on the nRF51 firmware in QEMU, against the original v1.0.1.

uart.init re-points UART0: PSELTXD and PSELRXD to the pins given (P0.24 / P0.25, the USB interface chip's,
without them), BAUDRATE the largest rate the UART has at or below the baud rate, CONFIG parity or none.
QEMU's UART ignores PSEL* and BAUDRATE (../shared/spec/qemu-microbit.md): its bytes always come out on
QEMU's serial line, so what a program writes while the line is on other pins shows there on both firmwares,
and the test checks the registers instead: every write to those four, in order, from QEMU's
`nrf51_uart_write` trace, and their values read back with machine.mem32 in the same program, against the
original's. Outputs and errors (bad baud rates, bits, parity, pins) must be the original's too.

    python3 tests/device/suite_uart_device.py --build build-nrf51 [--fits] [-v]
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

TRACE = ["-trace", "nrf51_uart_write"]
REGS = {0x50C: "PSELTXD", 0x514: "PSELRXD", 0x524: "BAUDRATE", 0x56C: "CONFIG"}
WRITE = re.compile(r"nrf51_uart_write addr (0x[0-9a-f]+) value (0x[0-9a-f]+)")
RATES = (1200, 2400, 4800, 9600, 14400, 19200, 28800, 31250, 38400, 57600, 76800, 115200, 230400, 250000,
         460800, 921600, 1000000)
READ_BACK = "[hex(machine.mem32[0x40002000 + o]) for o in (0x50c, 0x514, 0x524, 0x56c)]"
# (name, program): each runs after `from microbit import *` and leaves the line on USB at 115200.
CASES = [
    ("to pins 0/1 and back, writing while away",
     "uart.init(9600, tx=pin0, rx=pin1)\nuart.write(b'away')\nprint('away')\nuart.init(115200)\nprint('back')"),
    ("the registers read back", "import machine\nuart.init(9600, tx=pin0, rx=pin1)\nr = %s\n"
     "uart.init(115200)\nprint(r, %s)" % (READ_BACK, READ_BACK)),
    ("the defaults: 9600 on USB", "uart.init()\nuart.init(115200)"),
    ("every rate the UART has", "".join("uart.init(%d)\n" % r for r in RATES) + "uart.init(115200)"),
    ("rates between, below and above",
     "for r in (1234, 9599, 9601, 56000, 100000, 921599, 2000000, 0, -1, True):\n    uart.init(r)\n"
     "uart.init(115200)"),
    ("parity", "for p in (uart.ODD, uart.EVEN, 0, 5, -1, True, None):\n    uart.init(115200, parity=p)\n"
     "print(uart.ODD, uart.EVEN)\nuart.init(115200)"),
    ("bits and stop change nothing", "uart.init(115200, 7, None, 2)\nuart.init(115200, bits=9, stop=0)"),
    ("pins=(tx, rx)", "uart.init(9600, pins=(pin8, pin12))\nuart.init(19200, pins=[pin13, pin14])\n"
     "uart.init(115200)"),
    ("tx or rx alone", "uart.init(9600, tx=pin8)\nuart.init(9600, rx=pin16)\nuart.init(9600, tx=pin5, rx=None)\n"
     "uart.init(115200)"),
    ("pins wins over tx and rx", "uart.init(9600, tx=pin0, rx=pin1, pins=(pin2, pin8))\nuart.init(115200)"),
    ("the pins keep their modes", "pin0.write_digital(1)\nuart.init(9600, tx=pin0, rx=pin1)\n"
     "print(pin0.get_mode(), pin1.get_mode())\nuart.init(115200)\nprint(pin0.get_mode(), pin1.get_mode())"),
    ("tx and rx on one pin", "uart.init(9600, tx=pin3, rx=pin3)\nuart.init(115200)"),
]
ERRORS = [
    "uart.init('a')", "uart.init(9600.5)", "uart.init(10**12)", "uart.init(115200, bits='x')",
    "uart.init(115200, bits=None)", "uart.init(115200, stop=None)", "uart.init(115200, bits=10**12)",
    "uart.init(115200, parity='x')", "uart.init(115200, parity=1.5)", "uart.init(115200, parity=2**40)",
    "uart.init(9600, tx=3, rx=4)", "uart.init(9600, tx=pin0, rx=4.5)", "uart.init(9600, tx=button_a)",
    "uart.init(9600, pins=(3, 4))", "uart.init(9600, pins=(pin0, 4))", "uart.init(9600, pins=pin3)",
    "uart.init(9600, pins='ab')", "uart.init(9600, pins=(pin3,))", "uart.init(9600, pins=(pin0, pin1, pin2))",
    "uart.init(9600, pins='ab', tx=3)", "uart.init(9600, pins=(pin0,), rx=3)", "uart.init(9600, parity='x', tx=3)",
    "uart.init(9600, 8, None, 1, pin0)", "uart.init(baudrate=300, foo=1)",
]
UNIMP_OK = [r"^nrf51_uart_write ", r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'", r"^nrf51_timer_write: bad write offset"]


def uart_writes(lines):
    """(register, value) of each write to PSELTXD, PSELRXD, BAUDRATE and CONFIG in `lines`."""
    out = []
    for ln in lines:
        m = WRITE.search(ln)
        if m and int(m.group(1), 16) in REGS:
            out.append((REGS[int(m.group(1), 16)], int(m.group(2), 16)))
    return out


def run_all(board):
    """Per case, then per error program: (output, register writes)."""
    board.run("from microbit import *")
    res = []
    for code in [c for _, c in CASES] + ERRORS:
        seen = len(board.unimp())
        o, e = board.run(code)
        res.append(((o + e).replace("\r\n", "\n"), uart_writes(board.unimp()[seen:])))
    return res


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    b = qemu_board.Board(img, **qemu_board.board_kwargs(a, qemu_args=TRACE)).start()
    try:
        ours = run_all(b)
        out, err = b.run("print('still here')")
        suite.check("the REPL answers on USB after them", out == "still here\r\n", "%r %r" % (out, err))
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        suite.check("no unmodelled peripheral touched (-d unimp)", not bad, "; ".join(bad[:5]))
    finally:
        b.close()
    back = ours[1][0]
    suite.check("the registers read back: pins 0/1 at 9600, then USB at 115200",
                back == "['0x3', '0x2', '0x275000', '0x0'] ['0x18', '0x19', '0x1d7e000', '0x0']\n", repr(back))

    o = PatchedOriginal(upy_qemu.hex_to_padded_image(), qemu_args=TRACE).start()
    try:
        theirs = run_all(o)
    finally:
        o.close()
    names = [n for n, _ in CASES] + ERRORS
    for name, m, t in zip(names, ours, theirs):
        suite.check("%s: output as the original" % name, m[0] == t[0], "ours %r, the original %r" % (m[0], t[0]))
        suite.check("%s: UART writes as the original" % name, m[1] == t[1] and (m[1] or name in ERRORS),
                    "ours %r, the original %r" % (hexd(m[1]), hexd(t[1])))
    return suite.finish()


def hexd(writes):
    return [(r, hex(v)) for r, v in writes]


if __name__ == "__main__":
    sys.exit(main())
