#!/usr/bin/env python3
"""neopixel's bits on the pin in QEMU, decoded by their high times in Cortex-M0 cycles, against the original
firmware v1.0.1 in QEMU.

QEMU has no cycle timing, and qtest's GPIO reports carry no guest time, so a 0 and a 1 (both one high
pulse) cannot be told apart from the GPIO event stream alone. While show() runs, QEMU's log records every
instruction executed (HMP `singlestep on` and `log exec,nochain,in_asm`: one instruction per translation
block, each logged as it runs, its disassembly once) and the pin's changes in the same order (the trace
event nrf51_gpio_update_output_irq). Each pulse's high time is then the Cortex-M0 cycles of the
instructions after the store that set the pin up to the store that cleared it (ARM's Cortex-M0 TRM: loads
and stores 2, B and a taken B<cond> 3, a B<cond> not taken 1, MRS and MSR 4, PUSH and POP 1 + registers,
the rest 1); at 16 MHz a WS2812 reads a high of 0.2-0.5 us (3-8 cycles) as 0 and 0.55-0.85 us (9-13
cycles) as 1. The same programs run on both firmwares; the bytes decoded must be the strip's colours in
green, red, blue order. For ours, every 0 is high 6 cycles, every 1 11, every bit 20 cycles (between bytes
too), and the pin low for 50 us before the first bit.
For both, no instruction outside the sending loop runs between the first edge and the last (interrupts
masked), and the cycles they stay masked per LED are printed (-v) for docs/nrf51.md.

    python3 tests/device/suite_neopixel_device.py --build build-nrf51 [--fits] [-v]
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

MHZ = 16
PIN_GPIO = {0: 3, 1: 2, 2: 1}  # micro:bit pin -> nRF51 GPIO
# (name, pin, colours): each strip made and filled by one program, then sent by `np.show()` alone.
STRIPS = [
    ("3 LEDs on pin0", 0, [(0x12, 0x34, 0x56), (255, 0, 0x80), (1, 0xA5, 0x5A)]),
    ("20 LEDs on pin1", 1, [(i * 13 & 255, 255 - i, 1 << (i % 8)) for i in range(20)]),
]
LOG_ON = "log unimp,guest_errors,exec,nochain,in_asm,trace:nrf51_gpio_update_output_irq"
LOG_OFF = "log unimp,guest_errors"

ASM = re.compile(r"^0x([0-9a-f]+):\s+([0-9a-f]{4}(?: [0-9a-f]{4})?)\s+(\S+)\s*(.*)$")
EXEC = re.compile(r"^Trace \d+: \S+ \[[0-9a-f]+/([0-9a-f]+)/")
GPIO = re.compile(r"nrf51_gpio_update_output_irq line (\d+) value (\d+)")
CONDS = {"eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"}


def parse(text, asm):
    """The log -> events [("x", pc) | ("g", line, value)] in order; adds to asm {pc: (size, op, args)} (a
    block is disassembled when translated: the first time it runs single-stepped on this board)."""
    events = []
    for ln in text.splitlines():
        m = EXEC.match(ln)
        if m:
            # A block is logged before it runs; one left at its start for an exit request (QEMU's I/O
            # thread) is logged again when it runs: the same pc twice in a row is one instruction (no
            # branch to itself runs here).
            pc = int(m.group(1), 16)
            if not events or events[-1] != ("x", pc):
                events.append(("x", pc))
            continue
        m = GPIO.search(ln)
        if m:
            events.append(("g", int(m.group(1)), int(m.group(2))))
            continue
        m = ASM.match(ln)
        if m:
            asm[int(m.group(1), 16)] = (len(m.group(2).replace(" ", "")) // 2, m.group(3), m.group(4))
    return events


def cycles(pc, next_pc, asm):
    """Cortex-M0 cycles of the instruction at `pc`, given the next one executed (for branches); None when
    the log has not disassembled it (blocks translated before the log was on)."""
    if pc not in asm:
        return None
    size, op, args = asm[pc]
    regs = args[args.find("{"):].count(",") + 1 if "{" in args else 0
    if op in ("b", "bx", "blx") or op == "mov" and args.startswith("pc"):
        return 3
    if op == "bl":
        return 4
    if op[0] == "b" and op[1:] in CONDS:
        return 3 if next_pc != pc + size else 1
    if op in ("push", "pop", "ldm", "stm", "ldmia", "stmia"):
        return 1 + regs + (3 if "pc" in args else 0)
    if op.startswith(("ldr", "str")):
        return 2
    if op in ("mrs", "msr"):
        return 4
    return 1


def decode(events, asm, line):
    """The pin's pulses: [(rise index, fall index, high cycles, cycles from this rise to the next)], with
    the executed pcs and their cycles (cyc[i]: the cycles of the instruction at exec index i)."""
    pcs = [e[1] for e in events if e[0] == "x"]
    cyc = [cycles(pc, pcs[i + 1] if i + 1 < len(pcs) else None, asm) for i, pc in enumerate(pcs)]
    # Only the blocks run before single-stepping began lack a disassembly: none from the first edge on.
    unknown = [i for i, c in enumerate(cyc) if c is None]
    cyc = [c or 0 for c in cyc]
    # For each event, the number of instructions executed before it: an edge at n comes from
    # instruction n - 1 (the store), so the cycles between two edges are cyc[n1:n2].
    edges, n = [], 0
    for e in events:
        if e[0] == "x":
            n += 1
        elif e[1] == line:
            edges.append((n, e[2]))
    pulses = []
    for k, (n1, v) in enumerate(edges):
        if v == 1 and k + 1 < len(edges) and edges[k + 1][1] == 0:
            n2 = edges[k + 1][0]
            nxt = next((m for m, w in edges[k + 2:] if w == 1), None)
            pulses.append((n1, n2, sum(cyc[n1:n2]), sum(cyc[n1:nxt]) if nxt is not None else None))
    bad = [i for i in unknown if edges and edges[0][0] - 1 <= i < edges[-1][0]]
    if bad:
        raise qemu_board.BoardError("instruction %#x not disassembled in the log" % pcs[bad[0]])
    return pulses, pcs, cyc, edges


def to_bytes(pulses):
    """High times -> bits (< 8.8 cycles: 0, else 1) -> bytes, most significant bit first."""
    bits = [0 if p[2] < 8.8 else 1 for p in pulses]
    return bytes(int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits) - len(bits) % 8, 8))


def send(board, setup):
    """Run `setup`, then `np.show()` with the instruction log on; returns the log's new text."""
    out, err = board.run(setup)
    if out or err:
        raise qemu_board.BoardError("setup printed %r %r" % (out, err))
    hmp = lambda c: board.qmp("human-monitor-command", **{"command-line": c})  # noqa: E731
    board.enter_raw()
    board.write(b"np.show()")
    start = os.path.getsize(board._log_path)
    hmp(LOG_ON)  # first: the blocks translated once single-stepping are all disassembled in the log
    hmp("singlestep on")
    try:
        board.write(b"\x04")
        board.read_until(b"OK", 10.0)
        out = board.read_until(b"\x04", 60.0)[:-1]
        err = board.read_until(b"\x04", 30.0)[:-1]
        board.read_until(b">", 5.0)
    finally:
        hmp("singlestep off")  # first: no single-stepped block is translated without its disassembly
        hmp(LOG_OFF)
    if out or err:
        raise qemu_board.BoardError("np.show() printed %r %r" % (out, err))
    with open(board._log_path, errors="replace") as f:
        f.seek(start)
        return f.read()


def setup_code(pin, colours):
    lines = ["import neopixel", "from microbit import *", "np = neopixel.NeoPixel(pin%d, %d)" % (pin, len(colours))]
    lines += ["np[%d] = %r" % (i, c) for i, c in enumerate(colours)]
    return "\n".join(lines) + "\n"


def measure(board, asm, pin, colours):
    """(bytes decoded, pulses, masked cycles, pcs between the first and last edge, low cycles before)."""
    events = parse(send(board, setup_code(pin, colours)), asm)
    line = PIN_GPIO[pin]
    pulses, pcs, cyc, edges = decode(events, asm, line)
    if not pulses:
        raise qemu_board.BoardError("no pulse on GPIO %d" % line)
    first, last = pulses[0][0], pulses[-1][1]
    # Masked: from the instruction after `cpsid i` to the one restoring PRIMASK (msr) or `cpsie i`.
    off = max(i for i in range(first) if asm[pcs[i]][1] == "cpsid")
    on = next(i for i in range(last, len(pcs)) if asm[pcs[i]][1] in ("msr", "cpsie"))
    masked = sum(cyc[off + 1 : on + 1])
    # The low before the first bit: from the pin's last change before it, if the log has one.
    before = [n for n, v in edges if n < first]
    low = sum(cyc[before[-1] : first]) if before else None
    return to_bytes(pulses), pulses, masked, set(pcs[first:last]), low


def grb(colours):
    return bytes(b for r, g, bl in colours for b in (g, r, bl))


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img):
        return suite.finish()
    kw = qemu_board.board_kwargs(a)
    firmwares = [("ours", kw)]
    if os.path.exists(upy_qemu.FIRMWARE_HEX):
        firmwares.append(("the original", dict(flash="blank", prompt=b">>> ", files_hex=upy_qemu.FIRMWARE_HEX)))
    else:
        suite.skip("the original", "firmware-microbit-micropython not installed")
    for who, args in firmwares:
        board = qemu_board.Board(img, **args).start()
        asm = {}
        try:
            for name, pin, colours in STRIPS:
                tag = "%s, %s" % (who, name)
                try:
                    got, pulses, masked, span, low = measure(board, asm, pin, colours)
                except qemu_board.BoardError as e:
                    suite.check("%s: sent" % tag, False, e)
                    continue
                want = grb(colours)
                suite.check("%s: the bytes in green, red, blue order" % tag,
                            got == want and len(pulses) == 8 * len(want),
                            "got %s, want %s (%d pulses)" % (got.hex(), want.hex(), len(pulses)))
                highs = sorted({p[2] for p in pulses})
                periods = sorted({p[3] for p in pulses if p[3] is not None})
                suite.check("%s: every high 3-8 or 9-13 cycles (WS2812)" % tag,
                            all(3 <= h <= 8 or 9 <= h <= 13 for h in highs), "highs %s" % highs)
                suite.check("%s: no instruction outside the loop between the first edge and the last" % tag,
                            max(span) - min(span) < 256, "pcs %#x-%#x" % (min(span), max(span)))
                if a.verbose and os.environ.get("NP_DEBUG"):
                    for p in pulses:
                        print(p)
                if a.verbose:
                    print("  %s: highs %s cycles, bit periods %s, interrupts masked %d cycles (%.1f us), "
                          "%.1f us per LED, low before %s cycles"
                          % (tag, highs, periods, masked, masked / MHZ, masked / MHZ / len(colours), low))
                if who == "ours":
                    suite.check("%s: a 0 high 6 cycles, a 1 high 11" % tag, highs == [6, 11], "highs %s" % highs)
                    suite.check("%s: every bit 20 cycles, between bytes too" % tag, periods == [20],
                                "periods %s" % periods)
                    suite.check("%s: the pin low 50 us (800 cycles) before the first bit" % tag,
                                low is not None and low >= 800, "low %s cycles" % low)
        finally:
            board.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
