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
- calibrate() on ours writes the page in that format (the identity: ours has no game), which survives a
  reset of the chip and which the original reads as calibrated; the filesystem's last page and an appended
  script stay as they were;
- clear_calibration() forgets the calibration until the next reset and leaves the page, on both.
The original's calibrate() runs its tilt-to-fill-the-screen game, which cannot end in QEMU (the
accelerometer answers fixed bytes): it is not run.

    python3 tests/device/suite_compass_device.py --build build-nrf51 [--fits] [-v]
"""
import os
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

    # Ours writes the page: in the flash QEMU loads from the hex, where the page is not part of the image
    # (so it survives a reset of the chip).
    ours_page = None
    b = qemu_board.Board(img, **kw).start()
    try:
        fs_before = b.read_words(FS_LAST, 256)
        got = run_all(b, [CALIBRATED, "compass.calibrate()\n" + CALIBRATED])
        suite.check("ours: calibrate() makes it calibrated", got == ["False", "True"], got)
        ours_page = b.read_words(PAGE, 8)
        suite.check("ours: calibrate() writes the page in the original's format (the identity)",
                    ours_page == IDENTITY, ["%08x" % w for w in ours_page])
        suite.check("ours: calibrate() leaves the filesystem's last page", b.read_words(FS_LAST, 256) == fs_before)
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

    # The original reads the page ours wrote; it too keeps the page through clear_calibration() and reads it
    # again at a soft reset.
    data = struct.pack("<8I", *(ours_page or IDENTITY))
    o = ImageBoard(flash_image(upy_qemu.FIRMWARE_HEX, upy_qemu.FLASH_SIZE, [(PAGE, data)]), prompt=b">>> ").start()
    try:
        got = run_all(o, [CALIBRATED, "compass.clear_calibration()\n" + CALIBRATED])
        suite.check("the original: ours' page is a calibration", got[:1] == ["True"], got)
        suite.check("the original: clear_calibration() forgets it in RAM", got[1:] == ["False"], got)
        suite.check("the original: clear_calibration() leaves the page", o.read_words(PAGE, 8) == IDENTITY)
        o.soft_reset()
        got = run_all(o, [CALIBRATED])
        suite.check("the original: calibrated again after a soft reset", got == ["True"], got)
    finally:
        o.close()

    # With an appended script, ours writes the page below it and nothing else.
    extra = dict(kw, prompt=b">>> ")
    extra.pop("flash", None)
    b = ImageBoard(flash_image(img + ".hex", ours_size, appended=True), **extra).start()
    try:
        script = b.read_words(APPENDED, 4)
        fs_before = b.read_words(FS_LAST_APPENDED, 256)
        got = run_all(b, ["compass.calibrate()\n" + CALIBRATED])
        suite.check("ours with an appended script: calibrate()", got == ["True"], got)
        suite.check("ours with an appended script: the page below it written",
                    b.read_words(PAGE_APPENDED, 8) == IDENTITY, ["%08x" % w for w in b.read_words(PAGE_APPENDED, 8)])
        suite.check("ours with an appended script: the last page left blank",
                    b.read_words(PAGE, 8) == [0xFFFFFFFF] * 8)
        suite.check("ours with an appended script: the script and the filesystem's last page left",
                    b.read_words(APPENDED, 4) == script and b.read_words(FS_LAST_APPENDED, 256) == fs_before)
    finally:
        b.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
