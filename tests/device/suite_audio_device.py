#!/usr/bin/env python3
"""audio and speech on the firmware in QEMU: the samples as PWM on the pin, read from QEMU's GPIO.

Each sample is one PWM period of 128 us (7812.5 Hz), high for sample / 256 of it (0 low throughout, 255
high throughout). Times are counted in the display's row strobes (one every 6 ms of guest time), as
suite_sound_device.py does, with -icount shift=6,sleep=off. Checked: a square wave of AudioFrames (16
samples at 255, 16 at 0: 244.1 Hz) and a 25% one, their rate and the share of strobes at which the pin is
high; frames of one mid-level sample (a PWM of 7812.5 Hz at its duty); play() taking the frames' time;
speech.say() sounding for the speech's length and returning; the pin low, still and unused after each,
after audio.stop(), after Ctrl-C in say() and after a soft reset; music taking audio's pin, and audio
refused on music's pin, as the original; serial input whole while samples play.

    python3 tests/device/suite_audio_device.py --build build-nrf51 [--fits] [-v]
"""
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
from led_capture import ROW_MS, ROW_PINS  # noqa: E402

ICOUNT = 6
P0 = 3  # pin0 is P0.03
FRAME_MS = 4.096
# speech.say('hello'): 3,273 samples, 419 ms (the host's trace gives the same length: docs/sound-radio.md).
HELLO_MS = 419

SETUP = """from microbit import *
import audio
def frame(values):
    f = audio.AudioFrame()
    for i in range(32): f[i] = values[i]
    return f
"""


def wave(b, mark, gpio, strobes):
    """Over the `strobes` row strobes after `mark`: the strobe count of each rising edge of `gpio`, of
    each falling edge, and the pin's level at each strobe."""
    _, first = mark
    b.wait_strobes(strobes, first, timeout=60.0)
    with b._gpio_lock:
        events = list(b.gpio[first:])
    n, lvl, rises, falls, at = 0, None, [], [], []
    for _, pin, level in events:
        if pin in ROW_PINS and level:
            n += 1
            if n > strobes:
                break
            at.append(lvl or 0)
        elif pin == gpio and level != lvl:
            if lvl is not None or level:
                (rises if level else falls).append(n)
            lvl = level
    return rises, falls, at


def rate(edges, lo, hi):
    return sum(1 for s in edges if lo <= s < hi) * 1000.0 / ((hi - lo) * ROW_MS)


def near(got, want, span, rel=0.02):
    return abs(got - want) <= want * rel + 1000.0 / (span * ROW_MS)


def level(b, gpio):
    out, _ = b.read_out()
    return out >> gpio & 1


def run(b, code, timeout=20.0):
    out, err = b.run(code, timeout=timeout)
    if err:
        raise AssertionError("the firmware raised: %s" % err.strip()[-300:])
    return out


def silent_after(b, suite, what):
    """The pin stays low and still for 30 strobes (180 ms) and pin0 is unused."""
    mark = b.gpio_mark()
    rises, _, _ = wave(b, mark, P0, 30)
    out = run(b, "from microbit import *\nprint(pin0.get_mode())")
    suite.check("%s: the pin low and still, unused" % what,
                not rises and level(b, P0) == 0 and "unused" in out,
                "%d rising edges, level %d, %r" % (len(rises), level(b, P0), out))


def main():
    a, img = qemu_board.device_args("mbpy", os.path.join("build", "mbpy"))
    suite = checks.Suite(a.verbose)
    if qemu_board.skipped(suite, img):
        return suite.finish()
    kw = qemu_board.board_kwargs(a, qemu_args=["-icount", "shift=%d,sleep=off" % ICOUNT])
    b = qemu_board.Board(img, **kw).start()
    try:
        # Square waves: 250 frames (1,024 ms) played in the foreground, one rising edge a frame.
        for high, name in ((16, "50%"), (8, "25%")):
            b.soft_reset()
            mark = b.gpio_mark()
            out = run(b, SETUP + "f = frame([255] * %d + [0] * %d)\nt = running_time()\naudio.play([f] * 250)\n"
                                 "print(running_time() - t)" % (high, 32 - high))
            ms = int(out.split()[0])
            suite.check("square %s: play() returns after the frames' time" % name, 1024 <= ms <= 1024 + 30,
                        "%d ms" % ms)
            rises, falls, at = wave(b, mark, P0, 500)
            start = rises[0] if rises else 0
            got = rate(rises, start + 5, start + 165)
            suite.check("square %s: %.1f Hz on pin0" % (name, 1000 / FRAME_MS), near(got, 1000 / FRAME_MS, 160),
                        "%.1f Hz (%d rising edges)" % (got, len(rises)))
            share = sum(at[start + 5:start + 165]) / 160.0
            suite.check("square %s: high at %s of the strobes" % (name, name), abs(share - high / 32.0) <= 0.08,
                        "%.3f" % share)
            suite.check("square %s: 250 edges, then low" % name, len(rises) == 250 and len(falls) == 250,
                        "%d rising, %d falling" % (len(rises), len(falls)))
        silent_after(b, suite, "after play()")

        # One mid-level sample: a PWM of 7812.5 Hz at 64 / 256 = 25%, in the background.
        b.soft_reset()
        mark = b.gpio_mark()
        run(b, SETUP + "audio.play([frame([64] * 32)] * 200, wait=False)\nwhile audio.is_playing(): sleep(10)")
        rises, _, at = wave(b, mark, P0, 400)
        start = next((i for i, v in enumerate(at) if v), 0)
        got = rate(rises, start + 5, start + 125)
        suite.check("sample 64: 7812.5 Hz PWM", near(got, 7812.5, 120), "%.1f Hz" % got)
        share = sum(at[start + 5:start + 125]) / 120.0
        suite.check("sample 64: high a quarter of the time", abs(share - 0.25) <= 0.1, "%.3f" % share)
        silent_after(b, suite, "after the background frames ended")

        # audio.stop() in the middle; a soft reset in the middle.
        b.soft_reset()
        run(b, SETUP + "audio.play([frame([200] * 32)] * 500, wait=False)\nsleep(50)\naudio.stop()")
        silent_after(b, suite, "after audio.stop()")
        b.soft_reset()
        run(b, SETUP + "audio.play([frame([200] * 32)] * 500, wait=False)")
        b.soft_reset()
        silent_after(b, suite, "after a soft reset while playing")

        # speech.say: it sounds for about the speech's length, then returns.
        b.soft_reset()
        mark = b.gpio_mark()
        out = run(b, "import speech\nfrom microbit import *\nt = running_time()\nspeech.say('hello')\n"
                     "print(running_time() - t)")
        ms = int(out.split()[0])
        suite.check("say('hello') returns after about %d ms" % HELLO_MS, HELLO_MS <= ms <= HELLO_MS * 1.1,
                    "%d ms" % ms)
        rises, _, _ = wave(b, mark, P0, 300)
        span = (rises[-1] - rises[0]) * ROW_MS if rises else 0
        suite.check("say('hello') sounds for about %d ms" % HELLO_MS, abs(span - HELLO_MS) <= 0.1 * HELLO_MS,
                    "%d rising edges over %d ms" % (len(rises), span))
        silent_after(b, suite, "after say()")

        # Ctrl-C in say(): KeyboardInterrupt, and silence.
        b.write(b"import speech\nspeech.say('this sentence takes a few seconds to say')\nprint('done')\x04")
        b.read_until(b"OK", 5.0)
        time.sleep(0.5)
        b.write(b"\x03")
        out = b.read_until(b"\x04", 10.0) + b.read_until(b"\x04", 10.0)
        b.read_until(b">", 5.0)
        suite.check("Ctrl-C in say(): KeyboardInterrupt", b"KeyboardInterrupt" in out and b"done" not in out,
                    repr(out[-80:]))
        silent_after(b, suite, "after Ctrl-C in say()")

        # As the original: audio and speech raise on music's pin; music takes audio's pin (the samples go
        # silent, is_playing() stays True); the tone sounds.
        out = run(b, SETUP + "import music, speech\nmusic.pitch(440, wait=False)\n"
                             "for f in (lambda: audio.play([frame([9] * 32)]), lambda: speech.say('a')):\n"
                             "    try: f()\n    except ValueError as e: print(e)\nmusic.stop()")
        suite.check("audio and speech on music's pin raise as the original",
                    out.split("\r\n")[:2] == ["Pin 0 in music mode"] * 2, repr(out))
        b.soft_reset()
        out = run(b, SETUP + "import music\naudio.play([frame([64] * 32)] * 500, wait=False)\nsleep(20)\n"
                             "music.pitch(880, wait=False)\nprint(pin0.get_mode(), audio.is_playing())")
        mark = b.gpio_mark()
        rises, _, _ = wave(b, mark, P0, 100)
        got = rate(rises, 0, 100)
        suite.check("music takes audio's pin: its 880 Hz, audio still playing", near(got, 880, 100) and
                    out.split() == ["music", "True"], "%.1f Hz, %r" % (got, out))
        run(b, "music.stop()\naudio.stop()")
        silent_after(b, suite, "after music.stop() and audio.stop()")

        # Serial input while samples play (7,812 interrupts a second). QEMU's UART pushes back when its 6
        # bytes are full, so this shows order and completeness, not the board's timing (docs/nrf51.md).
        b.soft_reset()
        run(b, SETUP + "audio.play([frame([100] * 32)] * 500, wait=False)")
        text = "".join("%04d" % i for i in range(200))
        out = run(b, "s = '%s'\nprint(len(s), s[-8:], audio.is_playing())" % text)
        suite.check("serial input of 800 bytes while samples play", out.split() == ["800", "01980199", "True"],
                    repr(out))
        run(b, "audio.stop()")
        unimp = [ln for ln in b.unimp() if "0x4000a" in ln.lower() or "timer" in ln.lower()]
        suite.check("no TIMER2 access QEMU refuses", not unimp, "; ".join(unimp[:3]))
    finally:
        b.close()
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
