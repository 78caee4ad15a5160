#!/usr/bin/env python3
"""mbpy's own nRF51 images in `qemu-system-arm -M microbit`: the device test harness.

Builds on the oracle's tools (tests/oracle/upy_qemu.py: the serial line on qemu's stdio, written in paced
slices; led_capture.py: qtest's GPIO reports decoded into LED frames) and adds what testing our port needs:
    Board(flash=...)          how flash starts: "hex" (the .hex as qemu loads it: UICR records skipped,
                              unwritten flash 0x00), "bin" (only the image, the rest 0x00), or "blank"
                              (the image in 0xFF-padded flash, as on a board DAPLink flashed)
    b.system_reset()          qemu's system_reset through QMP (a reset of the chip; flash written through
                              the NVMC survives it, RAM keeps its contents as on the chip)
    b.press(0) / b.release(0) button A (P0.17) / B (P0.26) through qtest's GPIO inputs
    b.frames_since(mark)      LED frames shown since a point of the GPIO event stream (b.gpio_mark())
    b.unimp()                 the `-d unimp,guest_errors` log: accesses to peripherals qemu does not model
    b.run_paste(code)         the raw REPL's raw-paste mode: the board's flow control paces the input
    start_pty(hex)            qemu with the serial line on a pty, for tools that open a port (`mbit fs`)
Python 3 stdlib only. See docs/nrf51.md.
"""

import json
import os
import socket
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "oracle"))
import led_capture  # noqa: E402
import upy_qemu  # noqa: E402

BoardError = upy_qemu.OracleError
BUTTON_PINS = (17, 26)  # A, B: active low


def has_qemu():
    return any(os.access(os.path.join(d, upy_qemu.QEMU), os.X_OK)
               for d in os.environ.get("PATH", "").split(os.pathsep))


def start_pty(hex_path, flash_size=None):
    """QEMU running `hex_path` with its serial line on a pty, for the tools that open a serial port
    (`mbit fs --port`). Returns (process, pty path or None); end it with os.killpg(proc.pid, SIGKILL)."""
    import re
    import subprocess
    cmd = [upy_qemu.QEMU, "-M", "microbit", "-display", "none", "-monitor", "none", "-serial", "pty",
           "-device", "loader,file=%s" % hex_path]
    if flash_size:
        cmd += ["-global", "nrf51-soc.flash-size=%d" % flash_size]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    m = re.search(r"redirected to (/dev/\S+)", proc.stdout.readline().decode())
    return proc, m.group(1) if m else None


OVERSIZE_HELP = "1 MiB of flash in QEMU: mbpy-microbit-qemu, the image split around the filesystem"
FITS_HELP = "the chip's 256 KiB of flash: mbpy-microbit (the default where the build has no -qemu image)"


def resolve_fits(a):
    """--fits unless --oversize is given or the build has the 1 MiB QEMU image: a build with
    MBPY_NRF51_FIRMWARE_FITS on (the default) has only the chip's image."""
    if not a.fits and not a.oversize:
        a.fits = not os.path.exists(os.path.join(a.build, "mbpy-microbit-qemu.hex"))
    return a.fits


def device_args(tool, default, add=None):
    """The device suites' command line: --build (the nRF51 build), --<tool> (a host build's program, default
    `default` under the repository root), --oversize / --fits, -v; `add(parser)` adds a suite's own.
    Returns (args, the image's path without suffix: mbpy-microbit with --fits, else mbpy-microbit-qemu)."""
    import argparse
    root = os.path.dirname(os.path.dirname(HERE))
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(root, "build-nrf51"))
    ap.add_argument("--" + tool, default=os.path.join(root, default))
    ap.add_argument("--oversize", action="store_true", help=OVERSIZE_HELP)
    ap.add_argument("--fits", action="store_true", help=FITS_HELP)
    ap.add_argument("-v", "--verbose", action="store_true")
    if add:
        add(ap)
    a = ap.parse_args()
    resolve_fits(a)
    return a, os.path.abspath(os.path.join(a.build, "mbpy-microbit" + ("" if a.fits else "-qemu")))


def skipped(suite, img, original=False, host=None):
    """Marks the whole suite skipped and returns True when something it needs is missing here: the image's
    hex, QEMU, with `original` the original firmware, and `host`, a host build's program it runs."""
    why = None
    if not os.path.exists(img + ".hex"):
        why = "%s.hex not built (scripts/build nrf51)" % img
    elif not has_qemu():
        why = "qemu-system-arm missing (scripts/setup)"
    elif original and not os.path.exists(upy_qemu.FIRMWARE_HEX):
        why = "the original firmware missing (scripts/setup)"
    elif host and not os.access(host, os.X_OK):
        why = "%s not built (scripts/build)" % host
    if why:
        suite.skip("all", why)
    return why is not None


def board_kwargs(a, **extra):
    """Board's arguments for a suite's image: its hex in the flash, the friendly REPL's prompt and, without
    --fits, the 1 MiB of flash QEMU allows (a firmware that does not fit yet still runs)."""
    kw = dict(flash="hex", prompt=b">>> ", **extra)
    if not a.fits:
        kw["flash_size"] = 1 << 20
    return kw


class Board(led_capture.LedDevice):
    """One qemu running an mbpy image, with serial, QMP, qtest (GPIO) and the unimplemented-access log."""

    def __init__(self, image, flash="hex", files_hex=None, icount=None, boot_timeout=20.0, prompt=b"> ",
                 flash_size=None, qemu_args=()):
        """image: build dir path without suffix (…/mbpy-bringup); files_hex: boot this hex instead of
        image.hex (a hex made from it by uflash or microbit-fs); flash_size: more flash than the chip's
        256 KiB (QEMU allows it), to run a firmware that does not fit yet."""
        self.image_base = image
        self.flash_mode = flash
        self.files_hex = files_hex
        self.prompt = prompt
        self._qmp = None
        super().__init__(icount=icount, boot_timeout=boot_timeout)
        self._qmp_path = os.path.join(self._qt_dir.name, "qmp.sock")
        self._log_path = os.path.join(self._qt_dir.name, "unimp.log")
        self.extra_args += ["-qmp", "unix:%s,server=on,wait=off" % self._qmp_path,
                            "-d", "unimp,guest_errors", "-D", self._log_path]
        if flash_size:
            self.extra_args += ["-global", "nrf51-soc.flash-size=%d" % flash_size]
        self.extra_args += list(qemu_args)

    def load_args(self, tmpdir):
        hex_path = self.files_hex or self.image_base + ".hex"
        if self.flash_mode == "hex":
            return ["-device", "loader,file=%s" % hex_path]
        if self.flash_mode == "bin":
            return ["-device", "loader,file=%s,addr=0" % (self.image_base + ".bin")]
        if self.flash_mode == "blank":
            img = os.path.join(tmpdir, "flash.bin")
            with open(img, "wb") as f:
                f.write(upy_qemu.hex_to_padded_image(hex_path))
            return ["-device", "loader,file=%s,addr=0" % img]
        raise ValueError("flash must be hex, bin or blank")

    def start(self, wait_prompt=True):
        super().start(wait_prompt=False)
        self._qmp = self._connect(self._qmp_path)
        self._qmp_file = self._qmp.makefile("rwb", buffering=0)
        self._qmp_read()  # greeting
        self.qmp("qmp_capabilities")
        if wait_prompt:
            self.banner = self.read_until(self.prompt, self.boot_timeout)
        return self

    @staticmethod
    def _connect(path, timeout=10.0):
        end = time.monotonic() + timeout
        while True:
            s = socket.socket(socket.AF_UNIX)
            try:
                s.connect(path)
                return s
            except OSError:
                s.close()
                if time.monotonic() > end:
                    raise BoardError("qemu socket %s did not appear" % path)
                time.sleep(0.02)

    # ---- QMP --------------------------------------------------------------------------------------
    def _qmp_read(self):
        while True:
            line = self._qmp_file.readline()
            if not line:
                raise BoardError("QMP connection closed")
            msg = json.loads(line)
            if "event" not in msg:
                return msg

    def qmp(self, command, **args):
        req = {"execute": command}
        if args:
            req["arguments"] = args
        self._qmp_file.write(json.dumps(req).encode() + b"\n")
        reply = self._qmp_read()
        if "error" in reply:
            raise BoardError("QMP %s: %s" % (command, reply["error"]))
        return reply.get("return")

    def system_reset(self):
        """Reset the chip (qemu's system_reset) and wait for the boot prompt; returns the boot text.
        QEMU loads the image again on a reset: flash the image covers goes back to it (pages outside keep
        what the NVMC wrote, so an image must not cover the filesystem)."""
        self.take()
        self.qmp("system_reset")
        self.raw = False
        return self.read_until(self.prompt, self.boot_timeout)

    # ---- GPIO -------------------------------------------------------------------------------------
    def press(self, button):
        self._qt_cmd("set_irq_in /machine/nrf51 unnamed-gpio-in %d 0" % BUTTON_PINS[button])

    def release(self, button):
        self._qt_cmd("set_irq_in /machine/nrf51 unnamed-gpio-in %d 1" % BUTTON_PINS[button])

    def gpio_mark(self):
        """(GPIO OUT now, index in the event stream): a point to decode frames from."""
        return self.read_out()

    def frames_since(self, mark, strobes=led_capture.HOLD_STROBES):
        """LED frames ('90000:...' text, lit = 9) shown since `mark`, after `strobes` more row strobes."""
        out0, first = mark
        self.wait_strobes(strobes, len(self.gpio))
        with self._gpio_lock:
            events = list(self.gpio[first:])
        return [f for _, f in led_capture.decode(events, out0, 0)]

    # ---- memory ---------------------------------------------------------------------------------
    def read_words(self, addr, count):
        """`count` 32-bit words of guest memory from `addr` (QEMU's monitor, through QMP)."""
        text = self.qmp("human-monitor-command", **{"command-line": "xp /%dxw 0x%x" % (count, addr)})
        words = []
        for line in text.splitlines():
            words += [int(w, 16) for w in line.split(":", 1)[1].split()]
        return words[:count]

    def stack_high_water(self, paint=0x4B435453, bottom=0x20000000, top=0x20000800):
        """Deepest stack use since reset, in bytes: the port paints the stack at reset (startup.cpp)."""
        words = self.read_words(bottom, (top - bottom) // 4)
        untouched = next((i for i, w in enumerate(words) if w != paint), len(words))
        return top - (bottom + 4 * untouched)

    # ---- logs -------------------------------------------------------------------------------------
    def unimp(self):
        """Lines of the unimplemented-device / guest-error log so far."""
        try:
            with open(self._log_path, errors="replace") as f:
                return [ln.rstrip("\n") for ln in f if ln.strip()]
        except FileNotFoundError:
            return []

    def close(self):
        if self._qmp is not None:
            self._qmp.close()
            self._qmp = None
        super().close()

    # ---- raw-paste: the raw REPL's flow-controlled input ---------------------------------------------
    def run_paste(self, code, timeout=10.0):
        """Run source bytes through raw-paste mode (`\\x05A\\x01`): the board grants windows of bytes as
        its buffer takes them, so no pacing is guessed. Returns (stdout bytes, stderr bytes)."""
        if not self.raw:
            self.enter_raw()
        self.take()
        self.write(b"\x05A\x01")
        hdr = self.read_until(b"R\x01", 5.0)
        rest = self.read_n(3, 5.0)
        window = rest[0] | rest[1] << 8
        credit = window  # rest[2] is the first \x01: the window above
        i = 0
        while i < len(code):
            while credit == 0:
                got = self.read_n(1, timeout)
                if got == b"\x01":
                    credit += window
                elif got == b"\x04":
                    raise BoardError("the board ended raw-paste early: %r" % self.take())
            n = min(credit, len(code) - i)
            self.proc.stdin.write(code[i : i + n])
            self.proc.stdin.flush()
            i += n
            credit -= n
        self.proc.stdin.write(b"\x04")
        self.proc.stdin.flush()
        del hdr
        # The board acknowledges the end with \x04 (after any \x01 window grants still in flight).
        self.read_until(b"\x04", 5.0)
        try:
            out = self.read_until(b"\x04", timeout)[:-1]
            err = self.read_until(b"\x04", timeout)[:-1]
            self.read_until(b">", 5.0)
        except BoardError:
            self.write(b"\x03")
            time.sleep(0.3)
            self.take()
            raise BoardError("timeout after %.1fs running %r" % (timeout, code[:60]))
        return out, err

    def read_n(self, n, timeout):
        """Consume exactly n bytes."""
        end = time.monotonic() + timeout
        with self._cond:
            while len(self._buf) < n:
                left = end - time.monotonic()
                if left <= 0 or self._eof:
                    raise BoardError("timeout waiting for %d bytes; got %r" % (n, bytes(self._buf)))
                self._cond.wait(left)
            out = bytes(self._buf[:n])
            del self._buf[:n]
            return out

    # ---- the bring-up image's command line --------------------------------------------------------
    def command(self, line, timeout=10.0):
        """Send one bring-up command; return its answer line (without the prompt)."""
        self.take()
        self.write(line.encode() + b"\r")
        got = self.read_until(self.prompt, timeout)
        return got[: -len(self.prompt)].decode("utf-8", "replace").strip()
