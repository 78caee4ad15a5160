#!/usr/bin/env python3
"""The LED frames of the firmware in QEMU (read from its GPIO) equal the host simulator's for the same
program: tests/suite_led_match.py's cases and comparison (which holds `mbpy --headless` to the original
v1.0.1), with the firmware in place of the original. One board, a soft reset before each case, so each
starts from the blank display a soft reset must leave. QEMU runs with -icount shift=6 (about the nRF51's
16 MHz), so the firmware's compute time is realistic and the frame times compare within suite_led_match's
tolerance. The host's mbpy is build/mbpy (or --mbpy); the test is skipped without it.

    python3 tests/device/suite_led_device.py --build build-nrf51 [--mbpy build/mbpy] [--fits] [-k NAME] [-v]
"""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
import suite_led_match as led  # noqa: E402


def firmware_frames(b, prog):
    """Frames of `prog` on the board after a soft reset, as suite_led_match.real_frames gives them."""
    b.soft_reset()
    frames, out, err = b.run_frames(prog)
    if err:
        raise AssertionError("the firmware raised: %s" % err.strip()[-300:])
    return frames


def main():
    a, img = qemu_board.device_args(
        "mbpy", os.path.join("build", "mbpy"),
        lambda ap: ap.add_argument("-k", dest="only", help="run only cases whose name contains this"))
    suite = checks.Suite(a.verbose)
    mbpy = os.path.abspath(a.mbpy)
    if qemu_board.skipped(suite, img, host=mbpy):
        return suite.finish()
    kw = qemu_board.board_kwargs(a, icount=led.ICOUNT)
    start = time.monotonic()
    b = qemu_board.Board(img, **kw).start()
    try:
        for name, prog in led.CASES:
            if a.only and a.only not in name:
                continue
            why = ""
            # A mismatch is confirmed by further runs, for the reasons suite_led_match gives (a late
            # start marked around a descheduled Ctrl-D); the frames' content is deterministic.
            for attempt in range(led.MISMATCH_TRIES):
                try:
                    real = led.normalise(firmware_frames(b, prog))
                    mine = led.normalise(led.mbpy_frames(mbpy, prog), led.VISIBLE_MS)
                    if a.verbose:
                        print("%s\n  firmware:\n%s\n  mbpy:\n%s" % (name, led.fmt(real), led.fmt(mine)))
                    led.compare(name, real, mine)
                    why = ""
                    break
                except (AssertionError, qemu_board.BoardError) as e:
                    why = str(e).replace("real", "firmware")
                    if isinstance(e, qemu_board.BoardError):
                        b.close()
                        b = qemu_board.Board(img, **kw).start()
            suite.check("frames_" + name, not why, why)
    finally:
        b.close()
    print("(%.1f s)" % (time.monotonic() - start))
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
