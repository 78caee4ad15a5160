#!/usr/bin/env python3
"""The GC heap each board module takes when a program imports and uses it, measured in QEMU on the firmware.

    python3 bench/tools/device_module_heap.py [--build build-nrf51] [--original] [-v]

Each use runs in the raw REPL after a soft reset: gc.mem_free() after a collection, then the use (its
objects kept in globals), then a collection and gc.mem_free() again; the table gives the difference less
that of the same program doing nothing (the globals the measurement itself adds). What a use allocates
and drops again (speech's buffers while it speaks) is not counted: only what stays. With --original the
same programs on the original v1.0.1 firmware in QEMU too. docs/board.md ("On the device") has the table.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "device"))
sys.path.insert(0, os.path.join(ROOT, "tests", "oracle"))
import qemu_board  # noqa: E402
import upy_qemu  # noqa: E402

TEMPLATE = """import gc
gc.collect()
before = gc.mem_free()
%s
gc.collect()
print('heap', before - gc.mem_free())
%s
"""

# (row, the use[, what ends it after the measure: the original keeps playing across a soft reset]): each
# keeps what it made in a global, as a program would.
USES = [
    ("(nothing)", "pass"),
    ("music: import", "import music"),
    ("music: play a built-in tune in the background", "import music\nmusic.play(music.NYAN, wait=False)",
     "music.stop()"),
    ("music: pitch in the background", "import music\nmusic.pitch(440, wait=False)", "music.stop()"),
    ("audio: an AudioFrame", "import audio\nf = audio.AudioFrame()"),
    ("audio: play frames in the background",
     "import audio\nf = audio.AudioFrame()\naudio.play([f, f, f, f], wait=False)", "audio.stop()"),
    ("speech: import", "import speech"),
    ("speech: say", "import speech\nspeech.say('hello')"),
    ("radio: import", "import radio"),
    ("radio: on (queue 3 x 32 B)", "import radio\nradio.on()"),
    ("radio: on, config(length=251, queue=10)", "import radio\nradio.config(length=251, queue=10)\nradio.on()"),
    ("neopixel: NeoPixel(pin0, 24)", "import neopixel\nfrom microbit import pin0\nnp = neopixel.NeoPixel(pin0, 24)"),
    ("machine: import, unique_id()", "import machine\nu = machine.unique_id()"),
    ("asm_thumb: a one-instruction function, called",
     "@micropython.asm_thumb\ndef f(r0):\n    add(r0, r0, 1)\nv = f(1)"),
    ("pins: read_digital, write_analog", "from microbit import pin0, pin1\nv = pin0.read_digital()\npin1.write_analog(511)"),
    ("accelerometer: get_values, current_gesture",
     "from microbit import accelerometer\nv = accelerometer.get_values()\ng = accelerometer.current_gesture()"),
    ("compass: get_x", "from microbit import compass\nv = compass.get_x()"),
    ("i2c: read 1 byte", "from microbit import i2c\nv = i2c.read(0x1d, 1)"),
    ("display.read_light_level", "from microbit import display\nv = display.read_light_level()"),
]


def measure(new_dev, verbose):
    rows = {}
    dev = new_dev().__enter__()
    dev.enter_raw()
    for name, use, *end in USES:
        try:
            dev.soft_reset()
            out, err = dev.run(TEMPLATE % (use, end[0] if end else ""), 30)
        except upy_qemu.OracleError:  # a hang (a wait QEMU never ends): say so, and go on with a new board
            rows[name] = "hangs"
            dev.close()
            dev = new_dev().__enter__()
            dev.enter_raw()
            continue
        m = re.search(r"heap (-?\d+)", out)
        rows[name] = int(m.group(1)) if m else (out + err).strip().splitlines()[-1][-60:]
        if verbose:
            print(name, repr(out), repr(err), file=sys.stderr)
    dev.close()
    base = rows.get("(nothing)")
    if isinstance(base, int):
        rows = {n: (v - base if isinstance(v, int) and n != "(nothing)" else v) for n, v in rows.items()}
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("--original", action="store_true", help="measure the original v1.0.1 firmware too")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    cols = []
    fits = "MBPY_NRF51_FIRMWARE_FITS:BOOL=ON" in open(os.path.join(a.build, "CMakeCache.txt")).read()
    img = os.path.join(a.build, "mbpy-microbit")
    if fits:
        cols.append(("mbpy", measure(lambda: qemu_board.Board(img, flash="hex", prompt=b">>> "), a.verbose)))
    else:
        cols.append(("mbpy", measure(lambda: qemu_board.Board(img + "-qemu", flash="hex", prompt=b">>> ",
                                                              flash_size=1 << 20), a.verbose)))
    if a.original:
        cols.append(("v1.0.1", measure(upy_qemu.Device, a.verbose)))
    print("| use | " + " | ".join("%s heap B" % c for c, _ in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for name, *_ in USES:
        print("| %s | " % name + " | ".join(str(r.get(name)) for _, r in cols) + " |")


if __name__ == "__main__":
    main()
