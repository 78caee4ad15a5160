#!/usr/bin/env python3
"""Boot the real micro:bit MicroPython v1.0.1 firmware in qemu and talk to its REPL (an oracle for mbpy).

Library:
    with Device() as d:                 # boots, waits for the friendly '>>> '
        out, err = d.run('print(1)')    # raw REPL: ('1\\r\\n', '')
        d.send(b'\\x02')                # raw byte session: write, then read until quiet
CLI:
    python3 tests/oracle/upy_qemu.py -c 'print(1)'
    python3 tests/oracle/upy_qemu.py file.py
    python3 tests/oracle/upy_qemu.py --repl          # interactive byte pipe to the device (Ctrl-] quits)
Python 3 stdlib only. Needs qemu-system-arm and the Debian package firmware-microbit-micropython.
"""

import argparse
import atexit
import ctypes
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time

FIRMWARE_HEX = "/usr/share/firmware-microbit-micropython/firmware.hex"
QEMU = "qemu-system-arm"
FLASH_SIZE = 0x40000  # nRF51822 on micro:bit v1: 256 KiB of flash
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
FRIENDLY_PROMPT = b">>> "
# The firmware keeps serial input in a 64-byte ring buffer and drops bytes once it is full, so input is
# written in slices with pauses (microfs uses 32 bytes / 10 ms on real boards; we do the same).
PACE_CHUNK = 32
PACE_DELAY = 0.01


class OracleError(Exception):
    pass


def hex_to_padded_image(hex_path=FIRMWARE_HEX, size=FLASH_SIZE):
    """Intel HEX -> flash image of `size` bytes, gaps filled with 0xFF like blank NOR flash.

    qemu's own loader leaves unloaded flash at 0x00, which the v1 filesystem reads as 'freed' chunks.
    Records outside flash (UICR at 0x10001000) are skipped: qemu ignores them too."""
    data = bytearray(b"\xff" * size)
    base = 0
    with open(hex_path) as f:
        for line in f:
            line = line.strip()
            if not line.startswith(":"):
                continue
            rec = bytes.fromhex(line[1:])
            n, addr, kind, payload = rec[0], (rec[1] << 8) | rec[2], rec[3], rec[4 : 4 + rec[0]]
            if kind == 0:
                a = base + addr
                if a + n <= size:
                    data[a : a + n] = payload
            elif kind == 2:
                base = ((payload[0] << 8) | payload[1]) << 4
            elif kind == 4:
                base = ((payload[0] << 8) | payload[1]) << 16
            elif kind == 1:
                break
    return bytes(data)


def _die_with_parent():
    """preexec_fn: ask Linux to SIGTERM qemu when this Python process dies, so no emulator is left behind."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except Exception:
        pass


class Device:
    """One qemu process running the firmware; serial on qemu's stdin/stdout pipes."""

    def __init__(self, image=None, hex_path=FIRMWARE_HEX, icount=None, boot_timeout=20.0, extra_args=()):
        self.hex_path = hex_path
        self.image = image  # bytes of a full flash image, or None for the padded firmware
        self.icount = icount
        self.boot_timeout = boot_timeout
        self.extra_args = list(extra_args)
        self.proc = None
        self.banner = b""
        self.raw = False
        self._buf = bytearray()
        self._cond = threading.Condition()
        self._eof = False
        self._tmpdir = None

    # ---- process management -------------------------------------------------------------------
    def start(self, wait_prompt=True):
        self._tmpdir = tempfile.TemporaryDirectory(prefix="upy_qemu_")
        cmd = [QEMU, "-M", "microbit", "-display", "none", "-monitor", "none", "-serial", "stdio"]
        cmd += self.load_args(self._tmpdir.name)
        if self.icount is not None:
            cmd += ["-icount", "shift=%d" % self.icount]
        cmd += self.extra_args
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, bufsize=0, preexec_fn=_die_with_parent)
        atexit.register(self.close)
        threading.Thread(target=self._reader, daemon=True).start()
        if wait_prompt:
            self.banner = self.read_until(FRIENDLY_PROMPT, self.boot_timeout)
            self.raw = False
        return self

    def load_args(self, tmpdir):
        """qemu arguments that put the firmware in flash (subclasses load other images)."""
        img_path = os.path.join(tmpdir, "flash.bin")
        with open(img_path, "wb") as f:
            f.write(self.image if self.image is not None else hex_to_padded_image(self.hex_path))
        return ["-device", "loader,file=%s,addr=0" % img_path]

    def _reader(self):
        fd = self.proc.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            with self._cond:
                if not chunk:
                    self._eof = True
                    self._cond.notify_all()
                    return
                self._buf += chunk
                self._cond.notify_all()

    def close(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(2)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def __enter__(self):
        if self.proc is None:
            self.start()
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- raw byte I/O --------------------------------------------------------------------------
    def write(self, data, chunk=None, delay=None):
        """Write bytes, `chunk` at a time with `delay` seconds between slices (see PACE_CHUNK)."""
        chunk = chunk or PACE_CHUNK
        delay = PACE_DELAY if delay is None else delay
        for i in range(0, len(data), chunk):
            if i:
                time.sleep(delay)
            self.proc.stdin.write(data[i : i + chunk])
            self.proc.stdin.flush()

    def take(self):
        """Everything received and not yet consumed."""
        with self._cond:
            out = bytes(self._buf)
            self._buf.clear()
            return out

    def read_until(self, pattern, timeout=10.0):
        """Consume and return bytes up to and including `pattern`; OracleError on timeout/EOF."""
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                i = self._buf.find(pattern)
                if i >= 0:
                    out = bytes(self._buf[: i + len(pattern)])
                    del self._buf[: i + len(pattern)]
                    return out
                left = end - time.monotonic()
                if left <= 0 or self._eof:
                    raise OracleError("timeout waiting for %r; got %r" % (pattern, bytes(self._buf)))
                self._cond.wait(left)

    def read_quiet(self, quiet=0.4, timeout=10.0):
        """Consume and return bytes until nothing arrives for `quiet` seconds (or `timeout` passes)."""
        end = time.monotonic() + timeout
        with self._cond:
            n = len(self._buf)
            last = time.monotonic()
            while not self._eof:
                now = time.monotonic()
                if len(self._buf) != n:
                    n, last = len(self._buf), now
                if now >= end or now - last >= quiet:
                    break
                self._cond.wait(min(last + quiet, end) - now)
            out = bytes(self._buf)
            self._buf.clear()
            return out

    def send(self, data, quiet=0.4, timeout=10.0):
        """Raw session step: write `data` (paced) and return what comes back until `quiet` s of silence."""
        self.write(data)
        return self.read_quiet(quiet, timeout)

    # ---- raw REPL ------------------------------------------------------------------------------
    def enter_raw(self, timeout=5.0):
        """From any state at a prompt: Ctrl-C twice, Ctrl-A, wait for the raw banner."""
        self.write(b"\r\x03")
        time.sleep(0.05)
        self.write(b"\x03")
        time.sleep(0.05)
        self.take()
        self.write(b"\x01")
        self.read_until(RAW_BANNER, timeout)
        self.take()
        self.raw = True

    def exit_raw(self, timeout=5.0):
        self.write(b"\x02")
        self.read_until(FRIENDLY_PROMPT, timeout)
        self.raw = False

    def soft_reset(self, timeout=10.0):
        """Soft reset staying in (or entering) the raw REPL: a fresh heap and namespace."""
        if not self.raw:
            self.enter_raw()
        self.write(b"\x04")
        self.read_until(b"soft reboot\r\n" + RAW_BANNER, timeout)

    def run_bytes(self, code, timeout=10.0):
        """Run source bytes in the raw REPL; return (stdout bytes, stderr bytes) exactly as sent."""
        if not self.raw:
            self.enter_raw()
        if isinstance(code, str):
            code = code.encode()
        if not code:
            raise OracleError("empty code would soft-reset the device")
        self.write(code)
        self.write(b"\x04")
        self.read_until(b"OK", 5.0)
        try:
            out = self.read_until(b"\x04", timeout)[:-1]
            err = self.read_until(b"\x04", timeout)[:-1]
            self.read_until(b">", 5.0)
        except OracleError:
            self.write(b"\x03")  # interrupt a program that runs too long, then resync
            time.sleep(0.3)
            self.take()
            raise OracleError("timeout after %.1fs running %r" % (timeout, code[:60]))
        return out, err

    def run(self, code, timeout=10.0):
        """Run source in the raw REPL; return (stdout, stderr) as str with the device's \\r\\n kept."""
        out, err = self.run_bytes(code, timeout)
        return out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def _interactive(dev):
    """Pipe the terminal to the device byte for byte; Ctrl-] quits."""
    import termios
    import tty

    fd = sys.stdin.fileno()
    old = termios.tcgetattr(fd) if os.isatty(fd) else None
    sys.stdout.buffer.write(dev.banner)
    sys.stdout.flush()
    try:
        if old:
            tty.setraw(fd)
        while dev.proc.poll() is None:
            r, _, _ = select.select([fd], [], [], 0.05)
            got = dev.take()
            if got:
                sys.stdout.buffer.write(got)
                sys.stdout.flush()
            if r:
                b = os.read(fd, 64)
                if not b or b"\x1d" in b:
                    break
                dev.write(b)
    finally:
        if old:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run code on the real micro:bit MicroPython v1.0.1 in qemu.")
    ap.add_argument("-c", dest="code", help="program text")
    ap.add_argument("file", nargs="?", help="program file ('-' for stdin)")
    ap.add_argument("--repl", action="store_true", help="interactive byte pipe to the friendly REPL")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds the program may run")
    ap.add_argument("--hex", default=FIRMWARE_HEX, help="firmware .hex to boot")
    ap.add_argument("--icount", type=int, help="qemu -icount shift (deterministic timing)")
    a = ap.parse_args(argv)
    try:
        return _cli(a)
    except OracleError as e:
        sys.stderr.write("upy_qemu: %s\n" % e)
        return 2


def _cli(a):
    with Device(hex_path=a.hex, icount=a.icount) as dev:
        if a.repl:
            _interactive(dev)
            return 0
        if a.code is not None:
            code = a.code
        elif a.file == "-" or a.file is None:
            code = sys.stdin.read()
        else:
            with open(a.file) as f:
                code = f.read()
        out, err = dev.run_bytes(code.encode(), a.timeout)
        # Print what the device printed; \r\n becomes \n so the output compares with CPython's.
        sys.stdout.buffer.write(out.replace(b"\r\n", b"\n"))
        sys.stdout.flush()
        if err:
            sys.stderr.buffer.write(err.replace(b"\r\n", b"\n"))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
