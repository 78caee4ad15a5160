#!/usr/bin/env python3
"""music on the firmware in QEMU: the square wave on the pin, read from QEMU's GPIO through qtest.

The pin's rising edges are counted against the display's row strobes, the board's own clock (one every
6 ms of guest time, dark rows included), so the rate is in guest time whatever the host's speed; QEMU runs
with -icount shift=6,sleep=off (about the nRF51's 16 MHz; time jumps over idle). Checked: music.pitch(440)
on pin0 (P0.03) and on pin1 (P0.02), music.play of two notes (440 then 880 Hz) in the background, the pin
low and still after music.stop(), after a played tune ends and after a soft reset.

    python3 tests/device/suite_sound_device.py --build build-nrf51 [--fits] [-v]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
from led_capture import ROW_MS, ROW_PINS  # noqa: E402

ICOUNT = 6
PIN_GPIO = {0: 3, 1: 2}  # micro:bit pin -> nRF51 GPIO
VERBOSE = False
TOLERANCE = 0.02  # of the rate, plus one edge for where the window cuts the wave


def edges(b, mark, gpio, strobes):
    """Rising edges of `gpio` after `mark`, as row-strobe counts (the guest time of each, in ROW_MS),
    over the next `strobes` strobes."""
    _, first = mark
    b.wait_strobes(strobes, first, timeout=60.0)
    with b._gpio_lock:
        events = list(b.gpio[first:])
    n, rises = 0, []
    for _, pin, level in events:
        if pin in ROW_PINS and level:
            n += 1
            if n > strobes:
                break
        elif pin == gpio and level:
            rises.append(n)
    return rises


def rate(rises, lo, hi):
    """Rising edges a second between strobe `lo` and strobe `hi`."""
    return sum(1 for s in rises if lo <= s < hi) * 1000.0 / ((hi - lo) * ROW_MS)


def near(got, want, span_strobes):
    if VERBOSE:
        print("  %.1f Hz (%.0f wanted)" % (got, want))
    slack = want * TOLERANCE + 1000.0 / (span_strobes * ROW_MS)
    return abs(got - want) <= slack


def level(b, gpio):
    out, _ = b.read_out()
    return out >> gpio & 1


def run(b, code):
    out, err = b.run(code)
    if err:
        raise AssertionError("the firmware raised: %s" % err.strip()[-300:])
    return out


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    global VERBOSE
    VERBOSE = a.verbose
    if qemu_board.skipped(suite, img):
        return suite.finish()
    # sleep=off: an idle guest jumps to its next timer at once instead of following the host's clock, so
    # a loaded host cannot make the guest serve a compare late (edges then go missing).
    kw = qemu_board.board_kwargs(a, qemu_args=["-icount", "shift=%d,sleep=off" % ICOUNT])
    b = qemu_board.Board(img, **kw).start()
    try:
        for pin in (0, 1):
            g = PIN_GPIO[pin]
            b.soft_reset()
            mark = b.gpio_mark()
            call = "music.pitch(440, pin=pin1)" if pin else "music.pitch(440)"
            run(b, "from microbit import *\nimport music\n" + call)
            rises = edges(b, mark, g, 250)
            # From the first edge: the program's start is some strobes after the mark.
            start = rises[0] if rises else 0
            got = rate(rises, start + 5, start + 85)
            suite.check("pitch(440) on pin%d: 440 Hz" % pin, near(got, 440, 80),
                        "%.1f Hz (%d rising edges)" % (got, len(rises)))
            run(b, "music.stop(pin%d)" % pin)
            mark = b.gpio_mark()
            rises = edges(b, mark, g, 30)
            suite.check("stop() on pin%d: the pin low and still" % pin, not rises and level(b, g) == 0,
                        "%d rising edges after stop, level %d" % (len(rises), level(b, g)))

        # Two notes in the background: 'a4:8' then 'a5:8' at 120 bpm, 4 ticks a beat: 990 ms each, then
        # the 10 ms articulation gap. The program returns at once; the tick plays them.
        b.soft_reset()
        mark = b.gpio_mark()
        out = run(b, "from microbit import *\nimport music\n"
                     "music.play(['a4:8', 'a5:8'], wait=False)\nprint(music.get_tempo())")
        suite.check("play(wait=False) returns at once", "120" in out, repr(out))
        rises = edges(b, mark, 3, 700)
        start = rises[0] if rises else 0
        note = 1000 // ROW_MS  # strobes a note takes (167)
        first = rate(rises, start + 10, start + note - 10)
        second = rate(rises, start + note + 10, start + 2 * note - 10)
        suite.check("play: a4 at 440 Hz", near(first, 440, note - 20), "%.1f Hz" % first)
        suite.check("play: a5 at 880 Hz", near(second, 880, note - 20), "%.1f Hz" % second)
        after = [s for s in rises if s >= start + 2 * note + 5]
        suite.check("play: silent after the tune, the pin low", not after and level(b, 3) == 0,
                    "%d rising edges after the end, level %d" % (len(after), level(b, 3)))

        # A soft reset leaves the board as at boot: no tone left on the pin.
        run(b, "music.pitch(1000)\nprint(pin0.get_mode())")
        b.soft_reset()
        mark = b.gpio_mark()
        rises = edges(b, mark, 3, 30)
        suite.check("soft reset: silent, the pin low", not rises and level(b, 3) == 0,
                    "%d rising edges after the reset, level %d" % (len(rises), level(b, 3)))
        out = run(b, "from microbit import *\nprint(pin0.get_mode())")
        suite.check("soft reset: pin0 unused again", "unused" in out, repr(out))
        unimp = [ln for ln in b.unimp() if "0x4000a" in ln.lower() or "timer" in ln.lower()]
        suite.check("no TIMER2 access QEMU refuses", not unimp, "; ".join(unimp[:3]))
    finally:
        b.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
