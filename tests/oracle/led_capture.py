#!/usr/bin/env python3
"""Record the LED matrix of the real micro:bit MicroPython firmware in qemu by watching its GPIO outputs.

qemu's qtest socket (with `-accel tcg`, so the guest keeps running) reports every change of an nRF51
output pin as `IRQ raise N` / `IRQ lower N`. The firmware multiplexes the 5x5 LEDs as 3 rows x 9
columns (rows P0.13-15 active high, columns P0.4-12 active low, one row at a time, ~6 ms each); this
module rebuilds 5x5 frames from those changes.

Library:
    with LedDevice(icount=6) as d:       # boots the firmware (fresh flash, blank display)
        frames, out, err = d.run_frames("from microbit import *\\ndisplay.show(Image.HEART)")
        # frames: [(t_ms, '09090:99999:99999:09990:00900'), ...], t from the start of the program
    frames, out, err = capture(code, icount=6)  # the same on a freshly booted firmware
CLI:
    python3 tests/oracle/led_capture.py -c 'from microbit import *; display.scroll("Hi")'
    python3 tests/oracle/led_capture.py --icount 6 prog.py --hold 100   # watch 600 ms after the end

Brightness is not measured: a lit LED is reported as 9, an unlit one as 0 (an LED counts as lit when
its row was high while its column was low at any moment of a row's strobe, so brightness 1 counts).
Times are counted in row strobes (the firmware's 6 ms tick), so they are the firmware's own time and
a loaded host that stalls qemu does not stretch them; accurate to about one strobe. Python 3 stdlib
only; needs qemu-system-arm and the Debian firmware. See docs/oracle.md.
"""

import argparse
import os
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import upy_qemu  # noqa: E402

ROW_PINS = (13, 14, 15)  # P0.13..15, ROW1..3, active high
COL_PINS = tuple(range(4, 13))  # P0.04..12, COL1..9, active low
GPIO_OUT = 0x50000504  # nRF51 GPIO OUT register, read once for the state before interception

# micro:bit v1 (MICROBIT_SB2 in microbit-dal): LED (x, y) -> (row 1..3, column 1..9); spec section 5.
_LAYOUT = [
    [(1, 1), (2, 4), (1, 2), (2, 5), (1, 3)],
    [(3, 4), (3, 5), (3, 6), (3, 7), (3, 8)],
    [(2, 2), (1, 9), (2, 3), (3, 9), (2, 1)],
    [(1, 8), (1, 7), (1, 6), (1, 5), (1, 4)],
    [(3, 3), (2, 7), (3, 1), (2, 6), (3, 2)],
]
# (row pin, column pin) -> (x, y); R2C8 and R2C9 drive no LED.
PIN_TO_XY = {(ROW_PINS[r - 1], COL_PINS[c - 1]): (x, y)
             for y, line in enumerate(_LAYOUT) for x, (r, c) in enumerate(line)}

# A frame counts once it was the same over this many consecutive row strobes. A change of the image
# in mid-scan gives mixed frames (new rows next to old ones, or a row strobed half old, half new) for
# at most 3 strobes; 4 identical ones (~24 ms) is a frame the eye sees. Frames shorter than that
# (animations faster than ~30 ms per frame) are not reported.
STABLE_STROBES = 4
# The firmware's display ticker strobes the next row every macro tick of 6 ms (ticker.c,
# MILLISECONDS_PER_MACRO_TICK), the same tick that counts time for sleep() and running_time().
ROW_MS = 6
# After the program ends, keep watching this many strobes so its last frame becomes stable.
HOLD_STROBES = 2 * STABLE_STROBES + 3


def frame_text(lit):
    """Set of lit (x, y) -> '90000:...' in mbpy's trace format (lit = 9)."""
    return ":".join("".join("9" if (x, y) in lit else "0" for x in range(5)) for y in range(5))


def decode(events, out0=0, start=0):
    """GPIO changes -> LED frames.

    events: [(host_time, pin, level)] in order; out0: GPIO OUT before the first event; start: index
    in `events` where the program started. Time is counted in row strobes (ROW_MS each, the firmware's
    tick), so a loaded host that stalls qemu does not stretch it. Returns [(t_ms, frame_text)] of
    frames that were stable for STABLE_STROBES strobes, consecutive duplicates merged; t_ms (from
    `start`) is when the earliest strobe showing that frame began (t < 0 is reported as 0)."""
    out = out0
    strobe = {}  # row pin -> (strobe number, lit set) of the strobe in progress
    done = []  # strobe numbers of finished strobes, in order
    last = {}  # row pin -> lit set of its latest finished strobe
    windows = []  # (number of the oldest strobe in the window, composite frame), one per strobe
    n = 0  # strobes begun so far
    n_start = None
    for i, (_, pin, level) in enumerate(events):
        if i == start:
            n_start = n
        was_high = out >> pin & 1
        out = (out | (1 << pin)) if level else (out & ~(1 << pin))
        if pin in ROW_PINS and level and not was_high:
            strobe[pin] = (n, set())
            n += 1
        elif pin in ROW_PINS and not level and was_high and pin in strobe:
            number, lit = strobe.pop(pin)
            last[pin] = lit
            done.append(number)
            if len(done) >= len(ROW_PINS):
                windows.append((done[-len(ROW_PINS)], frame_text(set().union(*last.values()))))
        # Whatever is lit at any moment of a strobe counts (short pulses are low brightness).
        for r, (_, lit) in strobe.items():
            lit.update(PIN_TO_XY[(r, c)] for c in COL_PINS if not out >> c & 1 and (r, c) in PIN_TO_XY)
    if n_start is None:
        n_start = n
    frames = []
    run_start, run_len, run_frame = None, 0, None
    for number, fr in windows:
        if fr == run_frame:
            run_len += 1
        else:
            run_start, run_len, run_frame = number, 1, fr
        if run_len == STABLE_STROBES and (not frames or frames[-1][1] != fr):
            frames.append((max(0, run_start - n_start) * ROW_MS, fr))
    return frames


class LedDevice(upy_qemu.Device):
    """upy_qemu.Device plus a qtest socket that reports GPIO output changes."""

    def __init__(self, **kw):
        self._qt_dir = tempfile.TemporaryDirectory(prefix="led_qt_")
        self._qt_path = os.path.join(self._qt_dir.name, "qt.sock")
        # -accel tcg: without it -qtest selects the qtest accelerator and the CPU never runs.
        extra = ["-accel", "tcg", "-qtest", "unix:%s,server=on,wait=off" % self._qt_path]
        super().__init__(extra_args=extra + list(kw.pop("extra_args", ())), **kw)
        self._qt = None
        self._qt_buf = b""
        # Non-IRQ qtest lines (command replies) with the number of GPIO events received before them:
        # qtest answers in order with the IRQ reports, so that number is a point in the event stream.
        self._replies = []
        self.gpio = []  # (host time, pin, level)
        self._gpio_lock = threading.Condition()

    def start(self, wait_prompt=True):
        super().start(wait_prompt=False)
        end = time.monotonic() + 10.0
        while True:
            try:
                s = socket.socket(socket.AF_UNIX)
                s.connect(self._qt_path)
                break
            except OSError:
                s.close()
                if time.monotonic() > end:
                    raise upy_qemu.OracleError("qtest socket did not appear")
                time.sleep(0.02)
        self._qt = s
        threading.Thread(target=self._qt_reader, daemon=True).start()
        self._qt_cmd("irq_intercept_out /machine/nrf51")
        if wait_prompt:
            self.banner = self.read_until(upy_qemu.FRIENDLY_PROMPT, self.boot_timeout)
        return self

    def _qt_reader(self):
        while True:
            try:
                d = self._qt.recv(65536)
            except OSError:
                d = b""
            t = time.monotonic()
            with self._gpio_lock:
                if not d:
                    self._replies.append((None, len(self.gpio)))
                    self._gpio_lock.notify_all()
                    return
                self._qt_buf += d
                *lines, self._qt_buf = self._qt_buf.split(b"\n")
                for line in lines:
                    w = line.split()
                    if len(w) == 3 and w[0] == b"IRQ":
                        self.gpio.append((t, int(w[2]), 1 if w[1] == b"raise" else 0))
                    else:
                        self._replies.append((line.decode(), len(self.gpio)))
                self._gpio_lock.notify_all()

    def _qt_cmd(self, cmd, timeout=5.0):
        """Send a qtest command; return (reply, GPIO events received before the reply)."""
        with self._gpio_lock:
            n = len(self._replies)
        self._qt.sendall(cmd.encode() + b"\n")
        end = time.monotonic() + timeout
        with self._gpio_lock:
            while len(self._replies) == n:
                left = end - time.monotonic()
                if left <= 0:
                    raise upy_qemu.OracleError("qtest did not answer %r" % cmd)
                self._gpio_lock.wait(left)
            reply, mark = self._replies[n]
        if reply is None or not reply.startswith("OK"):
            raise upy_qemu.OracleError("qtest %r -> %r" % (cmd, reply))
        return reply, mark

    def read_out(self):
        """(GPIO OUT now, GPIO events received before it was read)."""
        reply, mark = self._qt_cmd("readl 0x%08x" % GPIO_OUT)
        return int(reply.split()[1], 16), mark

    def wait_strobes(self, count, since, timeout=10.0):
        """Wait until `count` row strobes began after event index `since`."""
        end = time.monotonic() + timeout
        with self._gpio_lock:
            while sum(1 for _, pin, level in self.gpio[since:] if level and pin in ROW_PINS) < count:
                left = end - time.monotonic()
                if left <= 0:
                    raise upy_qemu.OracleError("the display stopped scanning")
                self._gpio_lock.wait(left)

    def run_frames(self, code, timeout=30.0, hold=HOLD_STROBES):
        """Run `code` in the raw REPL; return (frames, stdout, stderr).

        frames: decode() of the GPIO changes from the program's start (Ctrl-D sent to the raw REPL;
        the firmware then compiles and runs) until `hold` row strobes after it ended."""
        if not self.raw:
            self.enter_raw()
        if isinstance(code, str):
            code = code.encode()
        self.write(code)
        # OUT now, and the point in the event stream where the program starts: the firmware is idle
        # waiting for Ctrl-D, so guest time follows host time until it arrives (a mark taken after
        # 'OK' would land while the firmware compiles, when -icount guest time runs many times
        # faster than the host and our latency would move the mark by tens of ms).
        out0, first = self.read_out()
        self.write(b"\x04")
        self.read_until(b"OK", 5.0)
        try:
            out = self.read_until(b"\x04", timeout)[:-1]
            err = self.read_until(b"\x04", timeout)[:-1]
            self.read_until(b">", 5.0)
        except upy_qemu.OracleError:
            self.write(b"\x03")
            time.sleep(0.3)
            self.take()
            raise upy_qemu.OracleError("timeout after %.1fs running %r" % (timeout, code[:60]))
        _, stop = self.read_out()
        self.wait_strobes(hold, stop)
        with self._gpio_lock:
            events = list(self.gpio[first:])
        frames = decode(events, out0, 0)
        return frames, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")

    def close(self):
        super().close()
        if self._qt is not None:
            self._qt.close()
            self._qt = None
        if self._qt_dir is not None:
            self._qt_dir.cleanup()
            self._qt_dir = None


def capture(code, timeout=30.0, hold=HOLD_STROBES, icount=None):
    """Boot a fresh firmware, run `code`, return (frames, stdout, stderr)."""
    with LedDevice(icount=icount) as d:
        return d.run_frames(code, timeout, hold)


def main(argv=None):
    ap = argparse.ArgumentParser(description="LED frames of a program on the real micro:bit firmware in qemu.")
    ap.add_argument("-c", dest="code", help="program text")
    ap.add_argument("file", nargs="?", help="program file")
    ap.add_argument("--hold", type=int, default=HOLD_STROBES, help="row strobes (6 ms) to keep watching after the program ends")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds the program may run")
    ap.add_argument("--icount", type=int, help="qemu -icount shift: guest speed fixed by instruction count "
                    "(6 = 64 ns per instruction, about the nRF51's 16 MHz), so runs repeat exactly")
    a = ap.parse_args(argv)
    code = a.code if a.code is not None else open(a.file).read()
    try:
        frames, out, err = capture(code, a.timeout, a.hold, a.icount)
    except upy_qemu.OracleError as e:
        sys.stderr.write("led_capture: %s\n" % e)
        return 2
    for t, fr in frames:
        print('{"t": %d, "display": "%s"}' % (round(t), fr))
    sys.stderr.write(out.replace("\r\n", "\n") + err.replace("\r\n", "\n"))
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
