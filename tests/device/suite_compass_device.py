#!/usr/bin/env python3
"""The compass calibration page in QEMU, against the original firmware v1.0.1 in QEMU.

The page is the last of the flash (0x3FC00), or the one below an appended script (0x3DC00, when 0x3E000
holds 'M'). The original's format (its compass module and the DAL's CompassCalibration): the word 0xC011BA55,
then the centre x, y, z (nT), the scale x, y, z (1024 = 1) and the radius, int32 little-endian. Checked:
- a page in that format reads as calibrated on both firmwares, in both places; a wrong word or the other
  place does not;
- its centre and scale apply to get_x/y/z on both as the DAL applies them. With the compass's data-ready
  line (P0.29) raised through qtest, QEMU's TWI stub answers bytes that change from read to read, so the
  field is unknown; the centre is chosen off the hundreds (a count is 100 nT), so each axis's value modulo
  100 says which centre reached it with which sign, and a zero scale zeroes its axis;
- clear_calibration() forgets the calibration until the next reset and leaves the page, on both; a page
  survives a reset of the chip on ours;
- calibrate() runs the game on both: the LED frames of its message and of its first game steps are the
  original's. The game cannot end in QEMU (the accelerometer answers -736 mg on x and y for ever, so the
  cursor stays on (0, 0), and the compass's data-ready line stays low): ours stops on Ctrl-C with
  KeyboardInterrupt, not calibrated and the page left blank; the original ignores Ctrl-C (checked).
The original draws the game with the DAL's display, which writes a row's columns before raising the row:
its frames are decoded with the columns as they are when each row rises (ours: led_capture.decode).

    python3 tests/device/suite_compass_device.py --build build-nrf51 [--fits] [-v]
"""
import os
import struct
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

MAGIC = 0xC011BA55
PAGE, PAGE_APPENDED, APPENDED = 0x3FC00, 0x3DC00, 0x3E000
FS_LAST, FS_LAST_APPENDED = 0x3F800, 0x3D800
SCRIPT = b"x = 1\n"
PRELUDE = "from microbit import *\n"
CALIBRATED = "print(compass.is_calibrated())"
# Each axis modulo 100: x = -(north - centre y), y = east - centre x, z = up - centre z (the DAL's axes).
RESIDUES = "print([v % 100 for v in (compass.get_x(), compass.get_y(), compass.get_z())])"
ZEROED = "print(compass.get_x(), compass.get_y() != 0, compass.get_z() != 0)"


def page(centre=(0, 0, 0), scale=(1024, 1024, 1024), radius=0, magic=MAGIC):
    return struct.pack("<I7i", magic, *centre, *scale, radius)


IDENTITY = list(struct.unpack("<8I", page()))


class ImageBoard(qemu_board.Board):
    """A board started from a whole flash image (bytes) loaded at 0."""

    def __init__(self, image, **kw):
        self.flash_bytes = image
        super().__init__("/nonexistent", **kw)

    def load_args(self, tmpdir):
        path = os.path.join(tmpdir, "flash.bin")
        with open(path, "wb") as f:
            f.write(self.flash_bytes)
        return ["-device", "loader,file=%s,addr=0" % path]


def flash_image(hex_path, size, pages=(), appended=False):
    """The hex in 0xFF-padded flash of `size` bytes, with (address, bytes) written over it and, with
    `appended`, a uflash 1.x appended script."""
    img = bytearray(upy_qemu.hex_to_padded_image(hex_path, size))
    if appended:
        block = b"MP" + struct.pack("<H", len(SCRIPT)) + SCRIPT
        img[APPENDED:APPENDED + len(block)] = block
    for addr, data in pages:
        img[addr:addr + len(data)] = data
    return bytes(img)


def run_all(board, programs, ready=False):
    """Output of each program; `ready` raises the compass's data-ready line first."""
    if ready:
        board._qt_cmd("set_irq_in /machine/nrf51 unnamed-gpio-in 29 1")
    outs = []
    for code in programs:
        out, err = board.run(PRELUDE + code)
        outs.append((out + err).replace("\r\n", "\n").strip())
    return outs


# The game's message, "TILT TO FILL SCREEN " in fixed-width columns (120 ms a step), is 110 distinct frames
# from its first lit one to the blank after it; then the cursor on (0, 0), lit 3 steps of 100 ms, dark 1.
MESSAGE_FRAMES = 110
GAME_STEPS = 6
CURSOR = "90000:00000:00000:00000:00000"
BLANK = "00000:00000:00000:00000:00000"


def decode_at_rise(events, out0=0, start=0):
    """led_capture.decode with a row's LEDs taken from the columns as they are when the row rises (the DAL's
    display writes the next row's columns, then raises it)."""
    lc = qemu_board.led_capture
    out, n, last, windows = out0, 0, {}, []
    for _, pin, level in events:
        was = out >> pin & 1
        out = (out | (1 << pin)) if level else (out & ~(1 << pin))
        if pin in lc.ROW_PINS and level and not was:
            n += 1
            last[pin] = {lc.PIN_TO_XY[(pin, c)] for c in lc.COL_PINS
                         if not out >> c & 1 and (pin, c) in lc.PIN_TO_XY}
            if len(last) == len(lc.ROW_PINS):
                windows.append((n, lc.frame_text(set().union(*last.values()))))
    frames, run, run_len, run_start = [], None, 0, 0
    for number, fr in windows:
        if fr == run:
            run_len += 1
        else:
            run, run_len, run_start = fr, 1, number
        if run_len == lc.STABLE_STROBES and (not frames or frames[-1][1] != fr):
            frames.append((run_start * lc.ROW_MS, fr))
    return frames


def game_frames(board, decode, timeout=40.0):
    """compass.calibrate() at the REPL: its frames from the first lit one to the game's GAME_STEPS-th
    change (blank frames between the message and the game dropped), with the REPL's output so far."""
    board.take()
    board.write(b"from microbit import *\r")
    board.read_until(b">>> ", 5.0)
    out0, first = board.gpio_mark()
    board.write(b"compass.calibrate()\r")
    end = time.monotonic() + timeout
    frames = []
    while time.monotonic() < end:
        time.sleep(0.5)
        with board._gpio_lock:
            events = list(board.gpio[first:])
        frames = [f for _, f in decode(events, out0, 0)]
        while frames and frames[0] == BLANK:
            frames.pop(0)
        if len(frames) > MESSAGE_FRAMES + GAME_STEPS:
            break
    # The message, up to the first cursor frame (its last column falls on the cursor's LED), then the game.
    k = frames.index(CURSOR, MESSAGE_FRAMES - 2) if CURSOR in frames[MESSAGE_FRAMES - 2:] else len(frames)
    return frames[:k + GAME_STEPS], board.take()


def kw_image(kw):
    extra = dict(kw, prompt=b">>> ")
    extra.pop("flash", None)
    return extra


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img, original=True):
        return suite.finish()
    kw = qemu_board.board_kwargs(a)
    ours_size = kw.get("flash_size", upy_qemu.FLASH_SIZE)

    def both(name, pages, programs, want, appended=False, ready=False):
        """The same programs on the original and ours, started from the same flash pages."""
        for who, hex_path, size, extra in (("the original", upy_qemu.FIRMWARE_HEX, upy_qemu.FLASH_SIZE, {}),
                                           ("ours", img + ".hex", ours_size, kw)):
            extra = dict(extra, prompt=b">>> ")
            extra.pop("flash", None)
            b = ImageBoard(flash_image(hex_path, size, pages, appended), **extra).start()
            try:
                got = run_all(b, programs, ready)
            finally:
                b.close()
            suite.check("%s: %s" % (who, name), got == want, "got %r, want %r" % (got, want))

    centred = page(centre=(17, 42, 63))
    both("a page in the original's format is a calibration", [(PAGE, centred)], [CALIBRATED], ["True"])
    both("a blank page is none", [], [CALIBRATED], ["False"])
    both("a wrong first word is none", [(PAGE, page(magic=MAGIC ^ 1))], [CALIBRATED], ["False"])
    both("with an appended script the page below it counts", [(PAGE_APPENDED, centred)], [CALIBRATED],
         ["True"], appended=True)
    both("with an appended script the last page does not", [(PAGE, centred)], [CALIBRATED], ["False"],
         appended=True)
    both("the centre applies to each axis", [(PAGE, centred)], [RESIDUES], ["[42, 83, 37]"], ready=True)
    both("the centre, with an appended script", [(PAGE_APPENDED, centred)], [RESIDUES], ["[42, 83, 37]"],
         appended=True, ready=True)
    both("without a calibration the field is whole counts", [], [RESIDUES], ["[0, 0, 0]"], ready=True)
    both("a zero scale on north zeroes x", [(PAGE, page(scale=(1024, 0, 1024)))], [ZEROED], ["0 True True"],
         ready=True)
    both("clear_calibration forgets it in RAM", [(PAGE, centred)],
         ["compass.clear_calibration()\n" + CALIBRATED, RESIDUES], ["False", "[0, 0, 0]"], ready=True)

    # A page survives a reset of the chip on ours (QEMU loads the hex again, which does not cover the page).
    b = ImageBoard(flash_image(img + ".hex", ours_size, [(PAGE, page())]), **dict(kw_image(kw))).start()
    try:
        b.system_reset()
        got = run_all(b, [CALIBRATED, "compass.clear_calibration()\n" + CALIBRATED])
        suite.check("ours: calibrated after a reset of the chip, cleared by clear_calibration()",
                    got == ["True", "False"], got)
        suite.check("ours: clear_calibration() leaves the page", b.read_words(PAGE, 8) == IDENTITY)
        b.soft_reset()
        got = run_all(b, [CALIBRATED])
        suite.check("ours: calibrated again after a soft reset (the page is read again)", got == ["True"], got)
    finally:
        b.close()

    # The game: the original's frames, then ours'.
    # With -icount shift=6 (as suite_led_device.py): a host that stalls QEMU does not make a scroll step of
    # board time catch up with the next one, which would hide a frame.
    o = ImageBoard(flash_image(upy_qemu.FIRMWARE_HEX, upy_qemu.FLASH_SIZE), prompt=b">>> ", icount=6).start()
    try:
        want, text = game_frames(o, decode_at_rise)
        suite.check("the original: the message and the game's first steps",
                    len(want) == MESSAGE_FRAMES + GAME_STEPS and want[MESSAGE_FRAMES:] == [CURSOR, BLANK] * 3, want)
        o.write(b"\x03")
        time.sleep(2.0)
        got = o.take()
        suite.check("the original: Ctrl-C does not stop the game", b"Traceback" not in got and b">>>" not in got,
                    got)
    finally:
        o.close()
    b = ImageBoard(flash_image(img + ".hex", ours_size), icount=6, **kw_image(kw)).start()
    try:
        got, text = game_frames(b, qemu_board.led_capture.decode)
        suite.check("ours: the same message and game steps as the original", got == want,
                    "\n".join("%s %s" % (g, w) for g, w in zip(got, want) if g != w) + " (%d, %d frames)" % (len(got), len(want)))
        b.write(b"\x03")
        out = b.read_until(b">>> ", 10.0).decode("utf-8", "replace")
        suite.check("ours: Ctrl-C stops the game with KeyboardInterrupt", "KeyboardInterrupt" in out, out)
        got = run_all(b, [CALIBRATED])
        suite.check("ours: not calibrated after the game was stopped", got == ["False"], got)
        suite.check("ours: the page left blank", b.read_words(PAGE, 8) == [0xFFFFFFFF] * 8)
    finally:
        b.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
