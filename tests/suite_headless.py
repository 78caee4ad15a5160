#!/usr/bin/env python3
"""Headless suite: `mbpy --headless` as an auto-marker uses it (docs/board.md). Serial input (uart.any,
input() waiting for a later event, its echo in the trace), board time that moves with the program's work,
reproducible traces, exit statuses and the end record, the budget, a trace that survives a kill, `--trace -`
that holds only JSON, LED frames coalesced to one per board millisecond, bad events and options refused
with status 2, the board lying flat at the start, and the worked auto-marker of docs/board.md run on a
reference solution and students' programs.

    python3 tests/suite_headless.py --build build [-v]
"""
import argparse, json, os, re, signal, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = "/usr/share/doc/firmware-microbit-micropython/examples"
CASES = []


def case(f):
    CASES.append(f)
    return f


class Run:
    def __init__(self, rc, out, err, trace):
        self.rc, self.out, self.err, self.trace = rc, out, err, trace

    def of(self, key):
        return [r for r in self.trace if key in r]

    def serial(self):
        return "".join(r["serial"] for r in self.of("serial"))


def run(mbpy, prog, events=(), until=None, extra=(), timeout=60):
    """Runs `prog` headless with `events` (dicts); the trace goes to a file. Returns a Run."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "w") as f:
            f.write(prog)
        ev = os.path.join(d, "ev.jsonl")
        with open(ev, "w") as f:
            f.write("".join(json.dumps(e) + "\n" for e in events))
        tr = os.path.join(d, "trace.jsonl")
        cmd = [mbpy, "--headless", "--events", ev, "--trace", tr] + (["--until", str(until)] if until else [])
        p = subprocess.run(cmd + list(extra) + [path], capture_output=True, text=True, timeout=timeout)
        trace = [json.loads(l) for l in open(tr)] if os.path.exists(tr) else []
        return Run(p.returncode, p.stdout, p.stderr, trace)


def check(cond, *why):
    if not cond:
        raise AssertionError(" ".join(str(w) for w in why))


# ---- serial input --------------------------------------------------------------------------------------

@case
def uart_any_sees_arrived_bytes(m):
    r = run(m, "from microbit import *\nprint(uart.any())\nsleep(20)\nprint(uart.any(), uart.read(), uart.any())\n",
            [{"t": 10, "serial": "ab"}])
    check(r.out == "False\nTrue b'ab' False\n", repr(r.out), r.err)


@case
def input_waits_for_a_later_event(m):
    r = run(m, "from microbit import *\nname = input('name? ')\nprint('hello', name, running_time())\n",
            [{"t": 1500, "serial": "bob\r"}])
    check(r.rc == 0 and r.out == "name? bob\nhello bob 1500\n", r.rc, repr(r.out), r.err)


@case
def input_echo_in_the_trace(m):
    r = run(m, "name = input('name? ')\nprint('hi', name)\nx = input()\nprint(repr(x))\n",
            [{"t": 1500, "serial": "bob\r"}, {"t": 2500, "serial": "x\x7fy\r"}])
    got = [(e["t"], e["serial"]) for e in r.of("serial")]
    want = [(0, "name? "), (1500, "bob\n"), (1500, "hi bob\n"), (2500, "x\b \by\n"), (2500, "'y'\n")]
    check(got == want, got)


@case
def input_with_no_serial_left(m):
    r = run(m, "x = input('? ')\n")
    check(r.rc == 1 and "EOFError" in r.err and r.trace[-1]["end"] == "error", r.rc, r.err, r.trace[-1:])
    r = run(m, "x = input('? ')\n", until=700)
    check(r.rc == 0 and r.trace[-1] == {"t": 700, "end": "until", "status": 0}, r.rc, r.trace[-1:])


@case
def ctrl_c_in_serial_input_interrupts(m):
    r = run(m, "while True:\n    pass\n", [{"t": 50, "serial": "\x03"}])
    check(r.rc == 1 and "KeyboardInterrupt" in r.err and r.trace[-1]["t"] == 50, r.rc, r.err, r.trace[-1:])


# ---- board time and work --------------------------------------------------------------------------------

@case
def busy_loop_ends_at_until(m):
    r = run(m, "while True:\n    pass\n", until=1000, timeout=20)
    check(r.rc == 0 and r.trace == [{"t": 1000, "end": "until", "status": 0}], r.rc, r.trace)


@case
def busy_waits_on_the_clock_end(m):
    for clock in ("from microbit import running_time as now", "from utime import ticks_ms as now"):
        r = run(m, clock + "\nt = now() + 500\nwhile now() < t:\n    pass\nprint(now())\n", timeout=20)
        check(r.rc == 0 and 500 <= int(r.out) <= 502, clock, r.out, r.err)


@case
def work_moves_board_time(m):
    # 10000 iterations of a summing loop: 200 ms (globals) and 95 ms (in a function) on the real board.
    r = run(m, "from microbit import running_time\ns = 0\nfor i in range(10000):\n    s += i\nprint(running_time())\n")
    check(r.rc == 0 and 80 <= int(r.out) <= 250, r.out, r.err)


PROG_RANDOM = """from microbit import *
import random
for k in range(40):
    display.set_pixel(random.randint(0, 4), random.randint(0, 4), random.randint(0, 9))
    if button_a.was_pressed():
        print('A', running_time(), [i * i for i in range(random.randint(0, 30))][-1:])
    if k % 7 == 0:
        sleep(random.randint(1, 30))
print(input('? '))
"""
EVENTS_AB = [{"t": 3, "button": "a"}, {"t": 4, "button": "a", "action": "release"},
             {"t": 40, "button": "a"}, {"t": 41, "button": "a", "action": "release"},
             {"t": 90, "serial": "ok\r"}]


@case
def same_run_same_trace(m):
    a = run(m, PROG_RANDOM, EVENTS_AB, until=5000)
    b = run(m, PROG_RANDOM, EVENTS_AB, until=5000)
    check(a.rc == 0 and len(a.trace) > 10 and a.trace == b.trace, a.rc, a.err, len(a.trace))


# ---- how runs end ---------------------------------------------------------------------------------------

@case
def exit_statuses_and_end_records(m):
    r = run(m, "print('hi')\n")
    check(r.rc == 0 and r.trace[-1] == {"t": 0, "end": "done", "status": 0}, r.rc, r.trace)
    r = run(m, "import sys\nsys.exit(4)\n")
    check(r.rc == 4 and r.trace[-1]["end"] == "exit", r.rc, r.trace)
    # An uncaught exception is status 1 whether or not the error scroll is over by --until.
    for until in (3000, 60000):
        r = run(m, "from microbit import *\nprint(1/0)\n", until=until)
        end = r.trace[-1]
        check(r.rc == 1 and end["end"] == "error" and end["status"] == 1 and (end["t"] == 3000) == (until == 3000) and
              end["t"] < 60000 and
              {"t": 0, "error": "ZeroDivisionError"} in r.trace, until, r.rc, r.trace[-1:])
    r = run(m, "from microbit import *\nreset()\n")
    check(r.rc == 0 and r.trace[-2:] == [{"t": 0, "reset": True}, {"t": 0, "end": "reset", "status": 0}], r.trace)


@case
def budget_ends_the_run_with_its_own_status(m):
    r = run(m, "from microbit import *\nprint('start')\nn = 0\nwhile True:\n    n += 1\n    if n % 1000 == 0:\n"
               "        display.show(str(n // 1000 % 10))\n", extra=["--budget", "2000000"], timeout=30)
    check(r.rc == 3 and r.trace[0] == {"t": 0, "serial": "start\n"} and len(r.of("display")) > 10, r.rc, r.trace[:3])
    check(r.trace[-1]["end"] == "budget" and r.trace[-1]["status"] == 3 and r.trace[-1]["t"] > 1000, r.trace[-1])
    # Without --budget a run has one, so a program that never sleeps nor ends stops on its own.
    r = run(m, "while True:\n    pass\n", timeout=120)
    check(r.rc == 3 and r.trace[-1]["end"] == "budget", r.rc, r.trace)


@case
def killed_run_leaves_its_trace(m):
    with tempfile.TemporaryDirectory() as d:
        prog = os.path.join(d, "p.py")
        with open(prog, "w") as f:
            f.write("from microbit import *\nprint('before')\ndisplay.show(Image.HEART)\nsleep(10)\nwhile True:\n    pass\n")
        tr = os.path.join(d, "t.jsonl")
        p = subprocess.Popen([m, "--headless", "--until", "1000000000000", "--budget", "1000000000000", "--trace", tr,
                              prog], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        p.send_signal(signal.SIGTERM)
        p.wait(10)
        lines = [json.loads(l) for l in open(tr)]
        check({"t": 0, "serial": "before\n"} in lines and
              {"t": 0, "display": "09090:99999:99999:09990:00900"} in lines, lines)


@case
def trace_on_stdout_is_only_json(m):
    with tempfile.TemporaryDirectory() as d:
        prog = os.path.join(d, "p.py")
        with open(prog, "w") as f:
            f.write("from microbit import *\nprint('one')\nuart.write('two\\n')\ndisplay.show(1)\nprint(1/0)\n")
        p = subprocess.run([m, "--headless", "--trace", "-", prog], capture_output=True, text=True, timeout=60)
        records = [json.loads(l) for l in p.stdout.splitlines()]  # raises if anything else is there
        text = "".join(r.get("serial", "") for r in records)
        check(p.returncode == 1 and text.startswith("one\ntwo\nTraceback") and "ZeroDivisionError" in p.stderr,
              p.returncode, text, p.stderr)


# ---- the trace ------------------------------------------------------------------------------------------

@case
def frames_coalesced_per_millisecond(m):
    r = run(m, "from microbit import *\nfor k in range(3):\n    for y in range(5):\n        for x in range(5):\n"
               "            display.set_pixel(x, y, (x + y + k) % 9 + 1)\n    sleep(5)\ndisplay.clear()\n"
               "display.show(Image.HEART)\n")
    ts = [f["t"] for f in r.of("display")]
    check(len(ts) == len(set(ts)), "two frames at one t:", ts)
    frames = [f["display"] for f in r.of("display")]
    check(frames[-1] == "09090:99999:99999:09990:00900" and "00000:00000:00000:00000:00000" not in frames, frames)
    check(all(a != b for a, b in zip(frames, frames[1:])), "a frame repeated", frames)
    check(len(frames) <= 3 * 5 + 1, len(frames), frames)


@case
def example_trace_size(m):
    path = os.path.join(EXAMPLES, "flame_simulation.py")
    if not os.path.exists(path):
        return "skip"
    with tempfile.TemporaryDirectory() as d:
        tr = os.path.join(d, "t.jsonl")
        p = subprocess.run([m, "--headless", "--until", "3000", "--trace", tr, path], capture_output=True, timeout=60)
        size = os.path.getsize(tr)
        ts = [json.loads(l)["t"] for l in open(tr) if '"display"' in l]
        # 228 frames at one board millisecond and 26.8 MB before the frames were coalesced.
        check(p.returncode == 0 and size < 1000000 and len(ts) == len(set(ts)) and len(ts) > 50, size, len(ts))


@case
def board_starts_lying_flat(m):
    r = run(m, "from microbit import *\nprint(accelerometer.is_gesture('face up'), accelerometer.current_gesture(),"
               " accelerometer.get_z() < -800)\nsleep(10)\nprint(accelerometer.was_gesture('face up'))\n")
    check(r.out == "True face up True\nTrue\n", repr(r.out), r.err)


# ---- bad input ------------------------------------------------------------------------------------------

BAD_EVENTS = [
    ({"t": 5, "button": "c"}, "unknown button"),
    ({"t": 5, "button": "a", "action": "hold"}, "unknown action"),
    ({"t": 5, "gesture": "wobble"}, "unknown gesture"),
    ({"t": 5, "gesture": ""}, "unknown gesture"),
    ({"t": 5, "shake": True}, "no event"),
    ({"t": 5, "button": "a", "acton": "press"}, "unknown member"),
    ({"t": 5, "button": "a", "gesture": "shake"}, "one event a line"),
    ({"button": "a"}, "bad event time"),
    ({"t": -1, "button": "a"}, "bad event time"),
    ({"t": "5", "button": "a"}, "bad event time"),
    ({"t": 5, "accelerometer": [1, 2]}, "accelerometer wants"),
    ({"t": 5, "pin": 17, "level": 1}, "no such pin"),
    ({"t": 5, "pin": 5, "touch": True}, "touch wants"),
    ({"t": 5, "pin": 1}, "wants \"touch\" or \"level\""),
    ({"t": 5, "pin": 1, "level": 5000}, "level wants"),
    ({"t": 5, "light": 300}, "light wants"),
    ({"t": 5, "radio": "0g"}, "radio wants"),
    ({"t": 5, "serial": 7}, "serial wants"),
]


@case
def bad_events_are_refused(m):
    for ev, msg in BAD_EVENTS:
        r = run(m, "print('ran')\n", [{"t": 1, "button": "a"}, ev])
        check(r.rc == 2 and msg in r.err and ":2:" in r.err and r.out == "" and r.trace == [], ev, r.rc, r.err)
    with tempfile.TemporaryDirectory() as d:
        ev = os.path.join(d, "ev.jsonl")
        for text in ['{"t": 5, "button": "a"', '{"t": 5, "serial": "\\x41"}', '[1, 2]', '{"t": 5, "button": "a"} x']:
            with open(ev, "w") as f:
                f.write(text + "\n")
            p = subprocess.run([m, "--headless", "--events", ev, "-c", "print('ran')"], capture_output=True, text=True)
            check(p.returncode == 2 and "ev.jsonl:1:" in p.stderr and p.stdout == "", text, p.returncode, p.stderr)


@case
def bad_options_are_refused(m):
    for args, msg in [(["--headless", "--until", "abc"], "--until wants a whole number"),
                      (["--headless", "--until", "-5"], "--until wants"),
                      (["--headless", "--until=1.5"], "--until wants"),
                      (["--headless", "--budget", "many"], "--budget wants"),
                      (["--events", "ev.jsonl"], "add --headless"),
                      (["--until", "1000"], "add --headless"),
                      (["--trace", "-"], "add --headless")]:
        p = subprocess.run([m] + args + ["-c", "print('ran')"], capture_output=True, text=True, timeout=20)
        check(p.returncode == 2 and msg in p.stderr and "ran" not in p.stdout, args, p.returncode, p.stderr)
    p = subprocess.run([m, "--headless", "--trace"], capture_output=True, text=True, timeout=20)
    check(p.returncode == 2 and "--trace needs a value" in p.stderr, p.returncode, p.stderr)
    p = subprocess.run([m, "--headless", "--until=50", "--trace=-", "-c", "while True: pass"], capture_output=True,
                       text=True, timeout=20)
    check(p.returncode == 0 and json.loads(p.stdout) == {"t": 50, "end": "until", "status": 0}, p.stdout, p.stderr)


# ---- the worked auto-marker of docs/board.md -------------------------------------------------------------

REFERENCE = """from microbit import *
count = 0
display.show(count)
while True:
    if button_a.was_pressed():
        count += 1
        display.show(count)
    if button_b.was_pressed():
        print(count)
    sleep(20)
"""
# Correct, written differently: it does other work between the checks, so its frames come a little later.
STUDENT_OK = """from microbit import *
presses = 0
def refresh():
    display.show(str(presses))
refresh()
while True:
    n = button_a.get_presses()
    if n:
        presses = presses + n
        refresh()
    if button_b.was_pressed():
        print(presses)
    for _ in range(50):
        pass
    sleep(10)
"""
STUDENT_NO_PRINT = STUDENT_OK.replace("print(presses)", "pass")
STUDENT_BUSY = "from microbit import *\nwhile True:\n    pass\n"
STUDENT_CRASH = STUDENT_OK.replace("presses + n", "presses + str(n)")
MARK_EVENTS = [{"t": 300, "button": "a"}, {"t": 400, "button": "a", "action": "release"},
               {"t": 700, "button": "a"}, {"t": 800, "button": "a", "action": "release"},
               {"t": 1000, "button": "b"}, {"t": 1100, "button": "b", "action": "release"}]


def marker_source():
    text = open(os.path.join(HERE, "..", "docs", "board.md")).read()
    section = text[text.index("### A worked auto-marker"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@case
def auto_marker_from_the_docs(m):
    with tempfile.TemporaryDirectory() as d:
        mark = os.path.join(d, "mark.py")
        with open(mark, "w") as f:
            f.write(marker_source())
        ev = os.path.join(d, "ev.jsonl")
        with open(ev, "w") as f:
            f.write("".join(json.dumps(e) + "\n" for e in MARK_EVENTS))
        progs = {}
        for name, src in [("ref", REFERENCE), ("ok", STUDENT_OK), ("noprint", STUDENT_NO_PRINT),
                          ("busy", STUDENT_BUSY), ("crash", STUDENT_CRASH)]:
            progs[name] = os.path.join(d, name + ".py")
            with open(progs[name], "w") as f:
                f.write(src)
        env = dict(os.environ, MBPY=m)

        def mark_it(student):
            p = subprocess.run([sys.executable, mark, progs["ref"], progs[student], ev, "2000"], capture_output=True,
                               text=True, env=env, timeout=120)
            return p.returncode, p.stdout + p.stderr

        rc, out = mark_it("ref")
        check(rc == 0 and out == "pass\n", "reference against itself:", rc, out)
        rc, out = mark_it("ok")
        check(rc == 0 and out == "pass\n", "a correct student:", rc, out)
        rc, out = mark_it("noprint")
        check(rc == 1 and "serial output ''" in out, "a student who does not print:", rc, out)
        rc, out = mark_it("busy")
        check(rc == 1 and "LED frames" in out, "a busy student:", rc, out)
        rc, out = mark_it("crash")
        check(rc == 1 and "ended with error (status 1)" in out, "a crashing student:", rc, out)
        # The traces the marker compared: same frames, a few board milliseconds apart.
        ref = run(m, REFERENCE, MARK_EVENTS, until=2000)
        ok = run(m, STUDENT_OK, MARK_EVENTS, until=2000)
        check([f["display"] for f in ref.of("display")] == [f["display"] for f in ok.of("display")] and
              ref.trace != ok.trace, ref.trace, ok.trace)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    mbpy = os.path.abspath(os.path.join(args.build, "mbpy"))
    passed = failed = skipped = 0
    for c in CASES:
        t = time.time()
        try:
            if c(mbpy) == "skip":
                skipped += 1
                print(f"SKIP {c.__name__}")
                continue
            passed += 1
            if args.v:
                print(f"ok   {c.__name__} ({time.time() - t:.1f}s)")
        except Exception as e:
            failed += 1
            print(f"FAIL {c.__name__}: {type(e).__name__}: {e}"[:3000])
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
