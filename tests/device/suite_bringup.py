#!/usr/bin/env python3
"""The nRF51 port in QEMU, through the bring-up image (build-nrf51/mbpy-bringup): serial, tick, flash,
filesystem region, LEDs, buttons, Ctrl-C, faults and resets, the runtime hex's layout, and no access to a
peripheral QEMU does not model. Prints "N passed, N failed, N skipped"; exits 1 on a failure.

    python3 tests/device/suite_bringup.py --build build-nrf51 [-k NAME] [-v]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import qemu_board  # noqa: E402
from qemu_board import Board  # noqa: E402

SYS_PY = "/usr/bin/python3"  # Debian's python, which has uflash 1.2.4
INTEROP = os.path.join(ROOT, "tests", "interop")
HEART = "0909099999999990999000900"  # Image.HEART, row by row
UNIMP_ALWAYS = [
    r"^clock_(read|write): ",  # QEMU's CLOCK/POWER block is a stub that logs every access
    r"^Invalid read at addr 0x[04], size 4, region '\(null\)'",  # QEMU's first reset, before loading
]
TEMP_ACCESS = r"^nrf51_soc\.io: unimplemented device (read|write) +\(size 4, offset 0x0000c"  # TEMP

passed = failed = skipped = 0
VERBOSE = False
TMP = tempfile.mkdtemp(prefix="suite_bringup_")


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        if VERBOSE:
            print("ok   %s" % name)
    else:
        failed += 1
        print("FAIL %s: %s" % (name, detail))
    return ok


def skip(name, why):
    global skipped
    skipped += 1
    print("SKIP %s: %s" % (name, why))


def unexpected_unimp(board, allowed=()):
    pats = [re.compile(p) for p in UNIMP_ALWAYS + list(allowed)]
    return [ln for ln in board.unimp() if not any(p.search(ln) for p in pats)]


# ---- tests on one board ---------------------------------------------------------------------------------

def test_boot_and_serial(img):
    with Board(img, flash="hex") as b:
        check("boot banner", b.banner.startswith(b"mbpy nrf51 bring-up; reset: "), repr(b.banner))
        info = b.command("i")
        check("crystal started", " xtal " in info, info)
        m = re.search(r"stack (\w+) heap (\w+) (\w+) fw_end (\w+)", info)
        check("RAM map: stack at the bottom, heap to the end of RAM",
              m and int(m[1], 16) == 0x20000800 and int(m[3], 16) == 0x20004000 and int(m[2], 16) > int(m[1], 16),
              info)
        g = b.command("g")
        # QEMU's unloaded flash reads 0x00: every page of the region is foreign and erased at boot.
        check("filesystem region from the image end, foreign pages erased", g == "fs 00038000 0003f800 ok erased 31", g)
        text = "The quick brown fox jumps over the lazy dog 0123456789 !#$%&()*+,-./:;<=>?@[]^_{|}~"
        got = b.command("e" + text)
        check("echo of a long line", got == text, repr(got))
        # A burst written unpaced, received by the interrupt into the ring buffer.
        b.write(b"x 600\r")
        b.read_until(b"ready\r\n", 5)
        data = bytes((i * 7 + 1) % 251 + 1 for i in range(600))
        b.proc.stdin.write(data)
        b.proc.stdin.flush()
        got = b.read_until(b"> ", 10).decode()
        check("600-byte burst received whole", ("sum %d overruns 0" % sum(data)) in got, got)

        t1 = b.command("t")
        time.sleep(0.3)
        t2 = b.command("t")
        (m1, u1), (m2, u2) = [tuple(int(x) for x in t.split()[1:]) for t in (t1, t2)]
        check("ticks_ms advances with time", 250 <= m2 - m1 <= 5000, "%s / %s" % (t1, t2))
        check("ticks_us agrees with ticks_ms", abs((u2 - u1) / 1000 - (m2 - m1)) <= 2, "%s / %s" % (t1, t2))

        n1, n2 = b.command("n"), b.command("n")
        check("RNG gives random words", n1.startswith("random ") and n1 != n2, n1 + " / " + n2)
        t0 = time.monotonic()
        t = b.command("T")
        check("TEMP does not answer in QEMU: the defined value, at once",
              t == "temperature 21" and time.monotonic() - t0 < 2, t)

        b.write(b"c 8000\r")
        b.read_until(b"waiting\r\n", 5)
        t0 = time.monotonic()
        b.write(b"\x03")
        got = b.read_until(b"> ", 10).decode()
        check("Ctrl-C from the receive interrupt while the interrupt char is set",
              "interrupted" in got and time.monotonic() - t0 < 4, got)
        got = b.command("e\x03x")  # with no interrupt char set, 0x03 is an ordinary byte
        check("Ctrl-C is data when the interrupt char is off", got == "\x03x", repr(got))
        bad = unexpected_unimp(b, [TEMP_ACCESS])
        check("only modelled peripherals used (-d unimp)", not bad, "; ".join(bad[:5]))


def test_timing(img):
    # Guest time counted in instructions (64 ns each, about the nRF51's 16 MHz), and while the guest
    # sleeps it jumps to the next timer event (sleep=off): a loaded host cannot stretch it, so the tick's
    # precision is measurable.
    with Board(img, flash="bin", qemu_args=["-icount", "shift=6,sleep=off"]) as b:
        for ms in (1, 10, 100):
            s = b.command("s %d" % ms)
            got_ms, us = (int(x) for x in s.split()[1:])
            # It starts within a millisecond and ends at the first tick past it.
            check("sleep_ms(%d): %d ms of ticks, within 1 ms in microseconds" % (ms, ms),
                  got_ms == ms and (ms - 1) * 1000 < us <= ms * 1000 + 1000, s)
        st = b.command("k")
        check("deepest stack use of the bring-up image, interrupts included, under 512 B",
              st.startswith("stack ") and 0 < int(st.split()[1]) < 512, st)


def test_flash(img):
    with Board(img, flash="hex") as b:
        f = b.command("f 3a000")
        check("NVMC erase, write, read back, AND-write", f == "flash ok 0", f)
        before = b.command("r 100")
        b.command("E 0")
        b.command("w 100 0")
        check("the firmware's own pages cannot be erased or written", b.command("r 100") == before, before)
        b.command("w 3b000 deadbeef")
        w = b.command("w 3b000 0000ffff")
        check("a word write only clears bits", w == "word 0000beef", w)
        boot = b.system_reset().decode()
        check("system_reset reboots", "bring-up; reset:" in boot, boot)
        r = b.command("r 3b000")
        check("flash written by the NVMC survives a reset", r == "word 0000beef", r)
        g = b.command("g")
        check("no page erased the second time", g.endswith("erased 0"), g)
        check("the fault-free resets touched no unmodelled peripheral", not unexpected_unimp(b),
              "; ".join(unexpected_unimp(b)[:5]))


def test_blank_flash(img):
    with Board(img, flash="blank") as b:
        g = b.command("g")
        check("blank (0xFF) flash: nothing erased at boot", g == "fs 00038000 0003f800 ok erased 0", g)


def test_leds_and_buttons(img):
    with Board(img, flash="bin") as b:
        mark = b.gpio_mark()
        b.command("d" + HEART)
        frames = b.frames_since(mark)
        want = ":".join(HEART[i:i + 5] for i in range(0, 25, 5))
        check("LED frame through GPIO (3x9 matrix)", frames and frames[-1] == want, frames)
        mark = b.gpio_mark()
        b.command("d1234567899876543210000001")
        frames = b.frames_since(mark)
        lit = ":".join("".join("9" if c != "0" else "0" for c in "1234567899876543210000001"[i:i + 5])
                       for i in range(0, 25, 5))
        check("every brightness 1..9 lights its LED", frames and frames[-1] == lit, frames)
        mark = b.gpio_mark()
        b.command("d" + "0" * 25)
        frames = b.frames_since(mark)
        check("a blank frame clears the matrix", frames and frames[-1] == ":".join(["00000"] * 5), frames)

        check("buttons up", b.command("b") == "buttons 0 0 presses 0 0", b.command("b"))
        b.press(0)
        time.sleep(0.1)
        down = b.command("b")
        b.release(0)
        time.sleep(0.1)
        up = b.command("b")
        check("button A pressed and released (debounced)",
              down == "buttons 1 0 presses 1 0" and up == "buttons 0 0 presses 1 0", down + " / " + up)
        b.press(1)
        time.sleep(0.1)
        b.release(1)
        time.sleep(0.1)
        got = b.command("b")
        check("button B press counted", got == "buttons 0 0 presses 1 1", got)


def test_faults(img):
    with Board(img, flash="bin") as b:
        b.write(b"F\r")
        boot = b.read_until(b"> ", 10).decode()
        check("a hard fault prints one line and resets",
              re.search(r"\r\nHardFault at pc=[0-9a-f]{8} lr=[0-9a-f]{8} sp=2000[0-9a-f]{4}, resetting\r\n", boot)
              and "reset: fault\r\n" in boot, repr(boot))
        b.write(b"S\r")
        boot = b.read_until(b"> ", 10).decode()
        check("a stack overflow faults at once (SP below RAM) and resets",
              "HardFault (stack overflow) at pc=" in boot and "sp=1fff" in boot and "reset: fault" in boot,
              repr(boot))
        b.write(b"P\r")
        boot = b.read_until(b"> ", 10).decode()
        check("the next boot skips a main.py that faulted",
              "main.py not run: it faulted the last time\r\n" in boot and "reset: fault (startup skipped)" in boot,
              repr(boot))
        boot = b.system_reset().decode()
        check("... only once", "(startup skipped)" not in boot and "not run" not in boot, repr(boot))
        b.write(b"R\r")
        boot = b.read_until(b"> ", 10).decode()
        check("microbit.reset(): a clean reset", "reset: reset()\r\n" in boot, repr(boot))
        # The faults' own accesses below RAM are logged too: proof that they were real bus errors.
        bad = unexpected_unimp(b, [r"^Invalid (read|write) at addr 0x1FFFFF[0-9A-F]{2}, size 4, region '\(null\)'"])
        check("faults and resets touch no unmodelled peripheral", not bad, "; ".join(bad[:5]))


def test_tools_find_the_region(img):
    """microbit-fs writes files where the device looks; uflash 1.2.4 appends a script the device sees."""
    have_fs = shutil.which("node") and os.path.isdir(os.path.join(INTEROP, "node_modules", "@microbit", "microbit-fs"))
    if not have_fs:
        skip("microbit-fs interop", "node or tests/interop/node_modules missing (run scripts/setup)")
    else:
        main_py = os.path.join(TMP, "main.py")
        with open(main_py, "w") as f:
            f.write("print('hello from microbit-fs')\n")
        out = os.path.join(TMP, "fs.hex")
        r = subprocess.run(["node", os.path.join(INTEROP, "hex_fs.js"), "build", img + ".hex", out, "main.py=" + main_py],
                           capture_output=True, text=True)
        if check("microbit-fs accepts the runtime hex", r.returncode == 0, r.stderr):
            with Board(img, flash="blank", files_hex=out) as b:
                w = b.command("r 38000")
                check("microbit-fs's first chunk is at the device's region start (FE, name length 7, 'm')",
                      re.fullmatch(r"word 6d07[0-9a-f]{2}fe", w) is not None, w)
                w = b.command("r 3f800")
                check("microbit-fs's persistent page is the device's last page", w == "word fffffffd", w)
                g = b.command("g")
                check("those pages are kept at boot", g == "fs 00038000 0003f800 ok erased 0", g)
    ok = os.path.exists(SYS_PY) and subprocess.run([SYS_PY, "-c", "import uflash"], capture_output=True).returncode == 0
    if not ok:
        skip("uflash 1.2.4", "Debian's python3-uflash missing (run scripts/setup)")
        return
    out = os.path.join(TMP, "uflash.hex")
    code = ("import uflash, sys\n"
            "rt = open(sys.argv[1]).read()\n"
            "open(sys.argv[2], 'w').write(uflash.embed_hex(rt, uflash.hexlify(b'print(42)')))\n")
    r = subprocess.run([SYS_PY, "-c", code, img + ".hex", out], capture_output=True, text=True)
    if not check("uflash 1.2.4 embeds a script in the runtime hex", r.returncode == 0, r.stderr):
        return
    with Board(img, flash="hex", files_hex=out) as b:
        w = b.command("r 3e000")
        check("the appended script is at 0x3E000 ('MP', length 9)", w == "word 0009504d", w)
        g = b.command("g")
        check("an appended script moves the region's end below it (as mbit and microbit-fs place it)",
              g.startswith("fs 00038000 0003d800 ok"), g)


# ---- the hex itself (no QEMU needed) ----------------------------------------------------------------------

def test_hex_layout(img):
    with open(img + ".hex") as f:
        lines = f.read().split("\n")
    lines = [ln for ln in lines if ln]
    tail = lines[-5:]
    check("the hex ends in the UICR records, start address and EOF (uflash 1.x splits there)",
          tail[0] == ":020000041000EA" and tail[1].startswith(":1010C0007CB0EE17FFFFFFFF0A000000")
          and tail[2].startswith(":0C10D000FFFFFFFF") and tail[3].startswith(":04000005") and tail[4] == ":00000001FF",
          tail)
    check("records ascend from an ELA of 0", lines[0] == ":020000040000FA", lines[0])
    rec = bytes.fromhex(tail[1][1:-2])
    pages = int.from_bytes(rec[4 + 14:4 + 16], "little")
    ver = int.from_bytes(bytes.fromhex(tail[2][1:-2])[4 + 4:4 + 8], "little")
    with open(img + ".bin", "rb") as f:
        binary = f.read()
    check("UICR pages used = the filesystem's start (0x38000 / 1 KiB)", pages == 224, pages)
    text = binary[ver:binary.index(b"\0", ver)] if ver < len(binary) else b""
    check("UICR version string pointer", text.startswith(b"micro:bit v1.1.1+mbpy"), text)


TESTS = [test_hex_layout, test_boot_and_serial, test_timing, test_flash, test_blank_flash, test_leds_and_buttons, test_faults,
         test_tools_find_the_region]


def main():
    global VERBOSE
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("-k", dest="only", help="run the tests whose name contains this")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    VERBOSE = a.v
    img = os.path.abspath(os.path.join(a.build, "mbpy-bringup"))
    if not os.path.exists(img + ".hex"):
        skip("all", img + ".hex not built (scripts/build nrf51)")
    elif not qemu_board.has_qemu():
        skip("all", "qemu-system-arm missing (run scripts/setup)")
    else:
        for t in TESTS:
            if a.only and a.only not in t.__name__:
                continue
            try:
                t(img)
            except qemu_board.BoardError as e:
                check(t.__name__, False, str(e))
    shutil.rmtree(TMP, ignore_errors=True)
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
