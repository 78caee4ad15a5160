#!/usr/bin/env python3
"""The simulated board as a person meets it at a terminal: build/mbpy runs inside tmux (a real terminal
emulator with a size), keys go in with `tmux send-keys`, and the screen is read back with
`tmux capture-pane`. The LED panel must show in the REPL, in `--flash` and `--hex` board modes and in
`mbpy prog.py`; Alt-a / Alt-b press the buttons, Alt+arrows tilt, Ctrl-] leaves; the last frame stays
after the program ends; input() echoes; typing at the prompt is untouched.

    python3 tests/suite_terminal.py --build build [-v] [name-prefix ...]
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "support"))
import checks  # noqa: E402  (Suite, parse_args)

RUNTIME = "/usr/share/firmware-microbit-micropython/firmware.hex"  # Debian's v1.0.1 (scripts/setup)
RULE = "\u2500" * 10  # the panel's first line
# Images the programs show, as Image() strings, so the test knows the LEDs they light.
IMG_START = "90009:09090:00900:09090:90009"
IMG_A = "99999:90000:90000:90000:90000"
IMG_B = "00009:00009:00009:00009:99999"
HEART = "09090:99999:99999:09990:00900"
# A board program: a start image, then one image per button, until B was pressed twice.
BUTTONS_MAIN = """from microbit import *
display.show(Image('%s'))
b = 0
while b < 2:
    if button_a.was_pressed():
        display.show(Image('%s'))
        print('pressed A')
    if button_b.was_pressed():
        display.show(Image('%s'))
        print('pressed B')
        b += 1
    sleep(10)
print('done')
""" % (IMG_START, IMG_A, IMG_B)


def leds_of(image):
    """'09090:...' -> 25 on/off flags, as the panel shows them (any brightness is a lit disc)."""
    return [c != "0" for c in image.replace(":", "")]


class Term:
    """One program in its own tmux server, in a window of `cols` x `rows`."""

    def __init__(self, cmd, cwd, cols=100, rows=30):
        self.sock = os.path.join(cwd, "tmux.sock")
        self.cwd = cwd
        self.status_file = os.path.join(cwd, "status")
        if os.path.exists(self.status_file):
            os.remove(self.status_file)
        # The shell records the exit status, then keeps the window (and its last screen) open.
        shell = "%s; echo $? > %s; sleep 120" % (cmd, self.status_file)
        self.tmux("new-session", "-d", "-x", str(cols), "-y", str(rows), "-c", cwd, shell)
        self.tmux("set-option", "-g", "history-limit", "2000")

    def tmux(self, *args):
        return subprocess.run(["tmux", "-S", self.sock, *args], capture_output=True, text=True, cwd=self.cwd)

    def keys(self, *keys):
        self.tmux("send-keys", *keys)

    def type(self, text):
        self.tmux("send-keys", "-l", text)

    def screen(self, history=False):
        args = ["capture-pane", "-p", "-J"] + (["-S", "-2000"] if history else [])
        return self.tmux(*args).stdout

    def panel(self):
        """The LEDs of the panel now on screen (25 flags), or None when no panel shows."""
        lines = self.screen().split("\n")
        for i, line in enumerate(lines):
            if line.startswith(RULE) and i + 5 < len(lines):
                leds = []
                for row in lines[i + 1:i + 6]:
                    cells = row[:13].split()
                    if len(cells) != 5 or any(c not in ("\u25cf", "\u00b7") for c in cells):
                        return None
                    leds += [c == "\u25cf" for c in cells]
                return leds
        return None

    def wait(self, cond, timeout=10.0):
        end = time.time() + timeout
        while time.time() < end:
            got = cond()
            if got:
                return got
            time.sleep(0.05)
        return cond()

    def wait_text(self, text, timeout=10.0):
        return self.wait(lambda: text in self.screen(history=True), timeout)

    def wait_panel(self, image, timeout=10.0):
        return self.wait(lambda: self.panel() == leds_of(image), timeout)

    def status(self, timeout=10.0):
        """The program's exit status once it ended (None while it runs)."""
        def read():
            try:
                with open(self.status_file) as f:
                    return f.read().strip() or None
            except OSError:
                return None
        got = self.wait(read, timeout)
        return int(got) if got is not None else None

    def close(self):
        self.tmux("kill-server")


def case_repl(suite, mbpy, tmp):
    t = Term(mbpy, tmp)
    try:
        suite.check("repl_prompt", t.wait_text(">>> "), t.screen())
        suite.check("repl_panel_shown", t.panel() == [False] * 25, t.screen())
        t.type("display.show(Image.HEART)")
        t.keys("Enter")
        suite.check("repl_panel_heart", t.wait_panel(HEART), t.screen())
        # The buttons: pressed at the prompt, counted by the board's ticker, seen by the next line.
        # Keys typed faster than a press lasts (150 ms) are presses each.
        t.keys("M-a", "M-b", "M-b")
        time.sleep(0.3)
        t.type("button_a.get_presses(), button_b.get_presses()")
        t.keys("Enter")
        suite.check("repl_buttons", t.wait_text("(1, 2)"), t.screen())
        # Alt+arrow tilts; the plain arrows still edit the line (history: Up brings the last line back).
        t.keys("M-Left")
        time.sleep(0.2)
        t.type("accelerometer.get_x() < 0, 'ab' + 'cd'")
        t.keys("Enter")
        suite.check("repl_tilt_and_typing", t.wait_text("(True, 'abcd')"), t.screen())
        t.keys("Up", "BSpace", "BSpace", "BSpace")
        t.type("x'")
        t.keys("Enter")
        suite.check("repl_line_editing", t.wait_text("(True, 'abx')"), t.screen())
        # An animation goes on while the prompt waits.
        t.type("display.show([Image('%s'), Image('%s')], delay=400, loop=True, wait=False)" % (IMG_A, IMG_B))
        t.keys("Enter")
        suite.check("repl_animation_a", t.wait_panel(IMG_A), t.screen())
        suite.check("repl_animation_b", t.wait_panel(IMG_B), t.screen())
        t.type("display.show(Image.HEART)")
        t.keys("Enter")
        t.wait_panel(HEART)
        # exit() is a NameError as on the device; Ctrl-] leaves, with status 0, and the heart stays.
        t.type("exit()")
        t.keys("Enter")
        suite.check("repl_exit_is_name_error", t.wait_text("NameError: name 'exit'"), t.screen())
        t.keys("C-]")
        suite.check("repl_leave_status", t.status() == 0, t.screen())
        suite.check("repl_leave_keeps_frame", t.panel() == leds_of(HEART), t.screen())
        suite.check("repl_leave_drops_keys", "Alt-a" not in t.screen(), t.screen())
    finally:
        t.close()


def check_board(suite, name, t):
    """A board running BUTTONS_MAIN: its images on the panel, A and B pressed from the keyboard."""
    suite.check(name + "_start_image", t.wait_panel(IMG_START), t.screen())
    t.keys("M-a")
    suite.check(name + "_button_a", t.wait_panel(IMG_A) and t.wait_text("pressed A"), t.screen())
    t.keys("M-b")
    suite.check(name + "_button_b", t.wait_panel(IMG_B) and t.wait_text("pressed B"), t.screen())
    time.sleep(0.3)
    t.keys("M-b")
    # main.py ends: the REPL follows, and the panel still shows the last image.
    suite.check(name + "_repl_after_main", t.wait_text("done") and t.wait_text(">>> "), t.screen())
    suite.check(name + "_frame_kept", t.panel() == leds_of(IMG_B), t.screen())
    t.keys("C-]")
    suite.check(name + "_leave", t.status() == 0, t.screen())


def flash_with_main(mbpy, img, main):
    """A board flash file holding `main` as main.py, written by a program run on that flash."""
    code = "with open('main.py', 'w') as f:\n    f.write(%r)\n" % main
    return subprocess.run([mbpy, "--flash", img, "-c", code], capture_output=True, text=True)


def case_flash(suite, mbpy, tmp):
    img = os.path.join(tmp, "board.img")
    r = flash_with_main(mbpy, img, BUTTONS_MAIN)
    suite.check("flash_setup", r.returncode == 0, r.stderr)
    t = Term("%s --flash %s" % (mbpy, img), tmp)
    try:
        check_board(suite, "flash", t)
    finally:
        t.close()


def case_hex(suite, mbpy, mbit, tmp):
    if not os.path.exists(RUNTIME):
        suite.check("hex_runtime", False, RUNTIME + " is missing (scripts/setup installs it)")
        return
    src = os.path.join(tmp, "buttons.py")
    with open(src, "w") as f:
        f.write(BUTTONS_MAIN)
    hexfile = os.path.join(tmp, "buttons.hex")
    r = subprocess.run([mbit, "hex", "build", "--runtime", RUNTIME, src, "-o", hexfile],
                       capture_output=True, text=True)
    suite.check("hex_build", r.returncode == 0, r.stderr)
    t = Term("%s --hex %s" % (mbpy, hexfile), tmp)
    try:
        check_board(suite, "hex", t)
    finally:
        t.close()


def case_error_scroll(suite, mbpy, tmp):
    """An uncaught error in main.py: the traceback, then its message scrolling where one can see it."""
    img = os.path.join(tmp, "err.img")
    flash_with_main(mbpy, img, "from microbit import *\nx = 1\n1/0\n")
    t = Term("%s --flash %s" % (mbpy, img), tmp)
    try:
        suite.check("error_traceback", t.wait_text("ZeroDivisionError"), t.screen())
        seen = t.wait(lambda: (t.panel() or [False]) != [False] * 25 and ">>> " not in t.screen())
        suite.check("error_scroll_visible", seen, t.screen())
        suite.check("error_scroll_ctrl_c_hint", "Ctrl-C" in t.screen(), t.screen())
        t.keys("C-c")
        suite.check("error_scroll_stopped", t.wait_text(">>> ", timeout=3), t.screen())
        t.keys("C-]")
        suite.check("error_leave", t.status() == 0, t.screen())
    finally:
        t.close()


def case_program(suite, mbpy, tmp):
    prog = os.path.join(tmp, "heart.py")
    with open(prog, "w") as f:
        # Nothing lit until A: the key must work before the first LED; input() must echo.
        f.write("from microbit import *\nname = input('name? ')\nprint('hello', name)\n"
                "while not button_a.was_pressed():\n    sleep(20)\ndisplay.show(Image.HEART)\n")
    t = Term("%s %s" % (mbpy, prog), tmp)
    try:
        suite.check("program_panel_from_start", t.wait(lambda: t.panel() == [False] * 25), t.screen())
        t.wait_text("name? ")
        t.type("Bob")
        suite.check("program_input_echo", t.wait_text("name? Bob"), t.screen())
        t.keys("Enter")
        suite.check("program_input_read", t.wait_text("hello Bob"), t.screen())
        t.keys("M-a")
        suite.check("program_ends_ok", t.status() == 0, t.screen())
        suite.check("program_last_frame_stays", t.panel() == leds_of(HEART), t.screen())
    finally:
        t.close()


def case_program_quiet(suite, mbpy, tmp):
    """A program that lights nothing leaves no panel behind."""
    t = Term("%s -c \"print('just text')\"" % mbpy, tmp)
    try:
        suite.check("quiet_status", t.status() == 0, t.screen())
        screen = t.screen()
        suite.check("quiet_output", "just text" in screen, screen)
        suite.check("quiet_no_panel_left", t.panel() is None and RULE not in screen, screen)
    finally:
        t.close()


def case_program_leave(suite, mbpy, tmp):
    """Ctrl-] ends a program that never waits (a busy loop), at once and with status 0."""
    t = Term("%s -c \"from microbit import *\ndisplay.show(Image.HEART)\nwhile True: pass\"" % mbpy, tmp)
    try:
        t.wait_panel(HEART)
        start = time.time()
        t.keys("C-]")
        status = t.status(timeout=5)
        suite.check("busy_leave", status == 0 and time.time() - start < 3, "status %r" % status)
        suite.check("busy_leave_no_traceback", "KeyboardInterrupt" not in t.screen(), t.screen())
        suite.check("busy_leave_frame_kept", t.panel() == leds_of(HEART), t.screen())
    finally:
        t.close()


def case_no_panel(suite, mbpy, tmp):
    t = Term("%s --no-panel" % mbpy, tmp)
    try:
        t.wait_text(">>> ")
        t.type("display.show(Image.HEART)")
        t.keys("Enter")
        time.sleep(0.5)
        suite.check("no_panel", t.panel() is None and RULE not in t.screen(), t.screen())
        t.keys("C-]")
        suite.check("no_panel_leave", t.status() == 0, t.screen())
    finally:
        t.close()


CASES = [("repl", case_repl), ("flash", case_flash), ("hex", case_hex), ("error", case_error_scroll),
         ("program", case_program), ("quiet", case_program_quiet), ("busy", case_program_leave),
         ("no_panel", case_no_panel)]


def main():
    a, mbpy, mbit = checks.parse_args(lambda ap: ap.add_argument("only", nargs="*"))
    suite = checks.Suite(a.verbose)
    if not shutil.which("tmux"):
        print("FAIL tmux is not installed (scripts/setup installs it)")
        print("0 passed, 1 failed, 0 skipped")
        return 1
    for name, case in CASES:
        if a.only and not any(name.startswith(p) for p in a.only):
            continue
        tmp = tempfile.mkdtemp(prefix="mbpy-term-")
        try:
            if name == "hex":
                case(suite, mbpy, mbit, tmp)
            else:
                case(suite, mbpy, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
