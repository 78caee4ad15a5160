#!/usr/bin/env python3
"""The radio's register writes in QEMU, against the spec's settings and against the original firmware.

QEMU does not model the RADIO peripheral (../shared/spec/qemu-microbit.md): its `-d unimp` log records
every write to it, and every read answers 0, so READY, END and DISABLED never come. Each step below runs
on our firmware; the writes it makes are checked against the original v1.0.1's register settings
(../shared/spec/microbit.md, radio, "Register settings"): frequency, TX power, data rate, address base
and prefix (the group), PCNF0/1, CRC, whitening, shorts, the END interrupt, the packet pointer and the
packet in RAM. In QEMU `send` must return and `receive` give None.

The original firmware waits for those events without a timeout, so in QEMU it hangs at `radio.on()`.
A copy of its image with those ten wait loops turned into no-ops (found by their instruction pattern next
to the RADIO's literal address, checked by count) runs the same steps: per step, the configuration
registers' values and the order of the tasks must equal ours (WHY_NOT below says where not).

    python3 tests/device/suite_radio_device.py --build build-nrf51 [--fits] [-v]
"""
import os
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
import upy_qemu  # noqa: E402

RADIO = 0x40001000
TASKS = {0x000: "TXEN", 0x004: "RXEN", 0x008: "START", 0x010: "DISABLE"}
CONFIG = {0x200: "SHORTS", 0x304: "INTENSET", 0x508: "FREQUENCY", 0x50C: "TXPOWER", 0x510: "MODE",
          0x514: "PCNF0", 0x518: "PCNF1", 0x51C: "BASE0", 0x524: "PREFIX0", 0x52C: "TXADDRESS",
          0x530: "RXADDRESSES", 0x534: "CRCCNF", 0x538: "CRCPOLY", 0x53C: "CRCINIT", 0x554: "DATAWHITEIV"}
PACKETPTR = 0x504
DBM = [-30, -20, -16, -12, -8, -4, 0, 4]

# The settings radio.on() gives (spec: defaults 32 bytes, channel 7, power 6 = 0 dBm, "uBit", group 0, 1 Mbit).
ON = {"FREQUENCY": 7, "TXPOWER": 0, "MODE": 0, "BASE0": 0x75626974, "PREFIX0": 0, "TXADDRESS": 0,
      "RXADDRESSES": 1, "PCNF0": 0x00000008, "PCNF1": 0x02040000 | 32, "CRCCNF": 2, "CRCINIT": 0xFFFF,
      "CRCPOLY": 0x11021, "DATAWHITEIV": 0x18, "SHORTS": 0x10, "INTENSET": 0x08}


def txpower(p):
    return DBM[p] & 0xFFFFFFFF  # the signed dBm, as a word


# (name, code, the configuration registers the step must leave, the tasks it must trigger, the packet sent,
# what must equal the original's: "all" (registers, tasks, output), "tasks" or "": see WHY_NOT).
STEPS = [
    ("radio.on()", "import radio\nradio.on()", ON, ["DISABLE", "RXEN", "START"], None, "all"),
    ("config(channel=83, group=255, power=0, data_rate=RATE_250KBIT, address=0x12345678)",
     "radio.config(channel=83, group=255, power=0, data_rate=radio.RATE_250KBIT, address=0x12345678)",
     {"FREQUENCY": 83, "PREFIX0": 255, "TXPOWER": txpower(0), "MODE": 2, "BASE0": 0x12345678},
     ["DISABLE", "RXEN", "START"], None, "all"),
    ("config(channel=0, group=1, power=7, data_rate=RATE_2MBIT)",
     "radio.config(channel=0, group=1, power=7, data_rate=radio.RATE_2MBIT)",
     {"FREQUENCY": 0, "PREFIX0": 1, "TXPOWER": txpower(7), "MODE": 1}, ["DISABLE", "RXEN", "START"], None,
     "all"),
    ("config(length=251, queue=5, power=3, address=0xFFFFFFFF)",
     "radio.config(length=251, queue=5, power=3, address=0xFFFFFFFF)",
     {"PCNF1": 0x02040000 | 251, "TXPOWER": txpower(3), "BASE0": 0xFFFFFFFF, "PCNF0": 8, "CRCCNF": 2,
      "CRCINIT": 0xFFFF, "CRCPOLY": 0x11021, "DATAWHITEIV": 0x18, "SHORTS": 0x10},
     ["DISABLE", "DISABLE", "RXEN", "START"], None, "all"),  # off, new buffers, on: as the original
    ("send('hello') returns",
     "radio.send('hello')\nprint('sent')", {}, ["DISABLE", "TXEN", "START", "DISABLE", "RXEN", "START"],
     bytes([8, 1, 0, 1]) + b"hello", "all"),
    ("receive() and receive_full() give None",
     "print(radio.receive(), radio.receive_full(), radio.receive_bytes())", {}, [], None, ""),
    ("config(length=4) then send_bytes truncates",
     "radio.config(length=4)\nradio.send_bytes(b'abcdefgh')", {"PCNF1": 0x02040004},
     ["DISABLE", "DISABLE", "RXEN", "START", "DISABLE", "TXEN", "START", "DISABLE", "RXEN", "START"],
     bytes([4]) + b"abcd", "all"),
    ("reset() back to the defaults", "radio.reset()", ON, ["DISABLE", "DISABLE", "RXEN", "START"], None, ""),
    ("off()", "radio.off()", {}, ["DISABLE"], None, "tasks"),
]
# WHY_NOT: why some steps are not compared with the original: it reads MAXLEN back from PCNF1, which QEMU answers
# 0, so in QEMU its packets are empty and its receive() finds a bogus packet in the queue; its reset() sets
# the defaults without applying them to the hardware (ours applies them, as config() does), so the
# registers differ from there on. The packet's bytes are checked against the spec instead.
OUTPUT = {"send('hello') returns": "sent\n", "receive() and receive_full() give None": "None None None\n"}
UNIMP_OK = [r"^clock_(read|write): ", r"^microbit_i2c_(read|write): ",
            r"^Invalid read at addr 0x[04], size 4, region '\(null\)'", r"^nrf51_timer_write: bad write offset",
            r"^nrf51_soc\.io: unimplemented device (read|write) +\(size 4, offset 0x00001[0-9a-f]{3}\b"]
WRITE = re.compile(r"unimplemented device write \(size 4, offset (0x[0-9a-f]+), value (0x[0-9a-f]+)\)")

# The original's waits: `ldr rX, [rY, #imm]; cmp rX, #0; beq <the ldr>`, alone or after `mov r3, ip`.
WAIT = re.compile(rb"(?s)[\x00-\xff][\x68-\x6f]\x00[\x28-\x2f]\xfc\xd0|\x63\x46[\x00-\xff][\x68-\x6f]\x00\x2b\xfb\xd0")
ORIGINAL_WAITS = 10


def patched_original():
    """The original's flash image with its RADIO waits made no-ops, or (None, why)."""
    img = bytearray(upy_qemu.hex_to_padded_image())
    lits = [m.start() for m in re.finditer(re.escape(struct.pack("<I", RADIO)), img[:0x40000])]
    if not lits:
        return None, "no RADIO address in the original image"
    lo, hi = min(lits) - 0x800, max(lits)
    found = [m for m in WAIT.finditer(img, lo, hi)]
    if len(found) != ORIGINAL_WAITS:
        return None, "%d wait loops found next to the RADIO code, %d expected" % (len(found), ORIGINAL_WAITS)
    for m in found:
        img[m.end() - 2:m.end()] = b"\xc0\x46"  # the branch back -> mov r8, r8
    return bytes(img), None


class PatchedOriginal(qemu_board.Board):
    """The original firmware from a flash image in memory, with the Board's QMP and unimp log."""

    def __init__(self, image, **kw):
        self._image = image
        super().__init__("original", prompt=b">>> ", **kw)

    def load_args(self, tmpdir):
        path = os.path.join(tmpdir, "original.bin")
        with open(path, "wb") as f:
            f.write(self._image)
        return ["-device", "loader,file=%s,addr=0" % path]


def radio_writes(lines):
    """(register offset, value) of each RADIO write in `lines`."""
    out = []
    for ln in lines:
        m = WRITE.search(ln)
        if m:
            addr = int(m.group(1), 16) + 0x40000000
            if RADIO <= addr < RADIO + 0x1000:
                out.append((addr - RADIO, int(m.group(2), 16)))
    return out


def run_steps(board):
    """Per step: (output, {config register: value} after it, [tasks it triggered], PACKETPTR, packet bytes)."""
    results, seen, ptr, state = [], len(board.unimp()), None, {}
    for name, code, _, _, packet, _ in STEPS:
        out, err = board.run(code)
        lines = board.unimp()
        writes, seen = radio_writes(lines[seen:]), len(lines)
        state.update((CONFIG[o], v) for o, v in writes if o in CONFIG)
        config = dict(state)
        tasks = [TASKS[o] for o, v in writes if o in TASKS and v == 1]
        ptr = next((v for o, v in reversed(writes) if o == PACKETPTR), ptr)
        sent = None
        if packet is not None and ptr is not None:
            words = board.read_words(ptr & ~3, (len(packet) + (ptr & 3) + 3) // 4)
            raw = b"".join(struct.pack("<I", w) for w in words)
            sent = raw[ptr & 3:][:len(packet)]
        results.append(((out + err).replace("\r\n", "\n"), config, tasks, ptr, sent))
    return results


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img):
        return suite.finish()
    kw = qemu_board.board_kwargs(a)
    b = qemu_board.Board(img, **kw).start()
    try:
        ours = run_steps(b)
        for (name, _, want, tail, packet, _), (out, config, tasks, ptr, sent) in zip(STEPS, ours):
            diff = {k: (hex(config.get(k, -1)), hex(v)) for k, v in want.items() if config.get(k) != v}
            suite.check("%s: the registers" % name, not diff, "got, want: %r" % diff)
            suite.check("%s: the tasks %s" % (name, tail), tasks == tail, "tasks %r" % tasks)
            if name in OUTPUT:
                suite.check("%s: prints %r" % (name, OUTPUT[name]), out == OUTPUT[name], "got %r" % out)
            if packet is not None:
                suite.check("%s: the packet in RAM" % name, sent == packet, "got %r at %r" % (sent, ptr))
        suite.check("the packet pointer is in RAM", ours[0][3] is not None and 0x20000000 <= ours[0][3] < 0x20004000,
                    "PACKETPTR %r" % ours[0][3])
        b.run("radio.on()")
        before = len(b.unimp())
        b.soft_reset()
        writes = radio_writes(b.unimp()[before:])
        tasks = [TASKS[o] for o, v in writes if o in TASKS and v == 1]
        suite.check("a soft reset turns the radio off", tasks == ["DISABLE"], "tasks %r" % tasks)
        bad = [ln for ln in b.unimp() if not any(re.search(p, ln) for p in UNIMP_OK)]
        suite.check("no other unmodelled peripheral touched (-d unimp)", not bad, "; ".join(bad[:5]))
    finally:
        b.close()

    if not os.path.exists(upy_qemu.FIRMWARE_HEX):
        suite.skip("as the original", "the original firmware is missing (scripts/setup)")
        return suite.finish()
    image, why = patched_original()
    if image is None:
        suite.skip("as the original", why)
        return suite.finish()
    o = PatchedOriginal(image).start()
    try:
        theirs = run_steps(o)
    finally:
        o.close()
    for (name, *_, compare), mine, orig in zip(STEPS, ours, theirs):
        if compare == "all":
            suite.check("%s: registers as the original" % name, mine[1] == orig[1],
                        "ours %r, the original %r" % (hexd(mine[1]), hexd(orig[1])))
            suite.check("%s: prints as the original" % name, mine[0] == orig[0],
                        "ours %r, the original %r" % (mine[0], orig[0]))
        if compare:
            suite.check("%s: tasks as the original" % name, mine[2] == orig[2],
                        "ours %r, the original %r" % (mine[2], orig[2]))
    return suite.finish()


def hexd(d):
    return {k: hex(v) for k, v in d.items()}


if __name__ == "__main__":
    sys.exit(main())
