#!/usr/bin/env python3
"""The tests/lang corpus on the firmware in QEMU, through the raw REPL, against tests/suite_lang.py's expected
outputs (the .exp beside a script, else CPython's output). Prints a count and exits 1 on a failure that
tests/device/lang_device.txt does not list.

What cannot run is skipped with its reason: a switch the firmware leaves out (tests/lang/requires.txt,
checked against the firmware's own core/config.hpp settings), or a reason in lang_device.txt (too big for
16 KB of RAM, an exit status the serial line cannot carry, ...). Each script runs after a soft reset
(a fresh heap), sent with raw-paste's flow control, the helper modules it imports from its folder put in
the board's filesystem first; stdout and stderr are compared merged, `<stdin>` in a traceback read as the
script's name (the host runs `mbpy name.py`).

    python3 tests/device/suite_lang_device.py --build build-nrf51            # the full corpus (30 s to 3 min)
    python3 tests/device/suite_lang_device.py --build build-nrf51 --quick    # CI: a fixed sample
    python3 tests/device/suite_lang_device.py --build build-nrf51 str/ int -v
"""
import argparse
import fnmatch
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
import qemu_board  # noqa: E402
import suite_lang  # noqa: E402
from qemu_board import Board  # noqa: E402

LISTING = os.path.join(HERE, "lang_device.txt")
# --quick runs every QUICK_STEP-th test of those that can run (in the corpus' sorted order): a fixed
# sample of about 100 that takes 10-40 s, where the full run takes 30 s to 3 min (idle or loaded machine).
QUICK_STEP = 4
TIMEOUT = 20.0  # seconds per script: QEMU runs the Cortex-M0 far faster than 16 MHz, but CI is loaded


def firmware_features(build):
    """The firmware's switches and limits ({name: value}): core/config.hpp with the nRF51 port's settings
    (the base firmware's, config_base_only.hpp, for a build with MBPY_NRF51_BASE_ONLY), read through the
    host's C preprocessor (no switch depends on the target), as `mbpy --features` gives them for a host
    build."""
    header = "ports/nrf51/port_config.hpp"
    try:
        with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
            if "MBPY_NRF51_BASE_ONLY:BOOL=ON" in f.read():
                header = "ports/nrf51/config_base_only.hpp"
    except OSError:
        pass
    src = ('#include "core/config.hpp"\n#define MBPY_LIST(n) MBPY_FEATURE #n n\n'
           "MBPY_FEATURES(MBPY_LIST)\nMBPY_LIST(MBPY_MAX_CALL_DEPTH)\nMBPY_LIST(MBPY_PARSER_MAX_DEPTH)\n")
    cxx = os.environ.get("CXX", "c++")
    r = subprocess.run([cxx, "-std=c++20", "-E", "-P", "-x", "c++", "-I", ROOT,
                        '-DMBPY_PORT_CONFIG="%s"' % header, "-"],
                       input=src, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("cannot read the firmware's settings: %s" % r.stderr[:500])
    features = {}
    for m in re.finditer(r'MBPY_FEATURE "(\w+)" ([0-9()*+ -]+)', r.stdout):
        features[m.group(1)] = int(eval(m.group(2), {"__builtins__": {}}))  # e.g. (256 * 1024)
    return features


def read_listing():
    """[(glob, kind, reason)]: kind 'skip' (cannot run on the device) or 'fails' (runs and fails today)."""
    rules = []
    with open(LISTING, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                glob, kind, reason = line.split(None, 2)
                if kind not in ("skip", "fails"):
                    raise SystemExit("%s: kind must be skip or fails: %r" % (LISTING, line))
                rules.append((glob, kind, reason))
    return rules


def listed(rel, rules, kind):
    return next((reason for glob, k, reason in rules if k == kind and fnmatch.fnmatch(rel, glob)), None)


class Runner:
    """One QEMU board, started again whenever it stops answering."""

    def __init__(self, image, board_args):
        self.image, self.board_args, self.b = image, board_args, None
        self.restarts = 0

    def board(self):
        if self.b is None:
            self.b = Board(self.image, **self.board_args).start()
            self.b.enter_raw()
        return self.b

    def put_helpers(self, folder, code):
        """The helper modules beside a script (`_name.py` that it imports) in the board's filesystem,
        which has no folders: a package (`_pkg/`) cannot go there (lang_device.txt skips its tests).
        Returns their names there, to remove after the script (a script may list the files)."""
        put = []
        for name in sorted(set(re.findall(rb"\b(?:import|from)\s+(_\w+)", code))):
            path = os.path.join(folder, name.decode() + ".py")
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                text = f.read()
            out, err = self.b.run_paste(("f = open(%r, 'w')\nf.write(%r)\nf.close()\n" % (
                os.path.basename(path), text)).encode(), 20)
            if err:
                raise qemu_board.BoardError("writing %s: %s" % (path, err[-200:]))
            put.append(os.path.basename(path))
        return put

    def close(self):
        if self.b is not None:
            self.b.close()
            self.b = None

    def run(self, code, timeout, folder):
        """(stdout, stderr) as text with \\n line ends, after a soft reset; None when the board died."""
        for attempt in (0, 1):
            try:
                b = self.board()
                put = self.put_helpers(folder, code)
                b.write(b"\x04")  # soft reset in the raw REPL: a fresh heap and namespace
                b.read_until(b"soft reboot\r\n" + qemu_board.upy_qemu.RAW_BANNER, 10)
                out, err = b.run_paste(code, timeout)
                if put:
                    b.soft_reset()
                    b.run_paste(b"import os\nfor n in %r:\n    os.remove(n)\n" % put, 20)
                return (out.decode("utf-8", "replace").replace("\r\n", "\n"),
                        err.decode("utf-8", "replace").replace("\r\n", "\n"))
            except qemu_board.BoardError as e:
                self.close()
                self.restarts += 1
                if "timeout after" in str(e) or attempt:
                    return None, str(e)
        return None, "unreachable"


def judge(rel, runner, oracle):
    """(state, reason, detail) as suite_lang.check: pass / fail."""
    exp_out, want_status, source = oracle.expected(rel)
    if want_status == "timeout":
        return "fail", "python3 timed out on this script", ""
    with open(os.path.join(suite_lang.LANG_DIR, rel), "rb") as f:
        code = f.read()
    out, err = runner.run(code, TIMEOUT, os.path.dirname(os.path.join(suite_lang.LANG_DIR, rel)))
    if out is None:
        return "fail", "board: " + err.splitlines()[0][:200], ""
    # The raw REPL names the source <stdin>; the host's `mbpy name.py` names the file.
    got = (out + err).replace('File "<stdin>"', 'File "%s"' % os.path.basename(rel)).encode()
    if got.split(b"\n", 1)[0] == b"SKIP":
        return "skip", "the script says SKIP", ""
    status = 1 if err else 0
    if status != want_status:
        last = err.rstrip("\n").rsplit("\n", 1)[-1]
        return "fail", "exit status %d, expected %d%s" % (status, want_status, ": " + last if last else ""), \
            suite_lang.diff_text(exp_out, got)
    if got != exp_out:
        return "fail", "output differs from %s" % source, suite_lang.diff_text(exp_out, got)
    return "pass", "", ""


def main():
    ap = argparse.ArgumentParser(description="tests/lang on the firmware in QEMU")
    ap.add_argument("paths", nargs="*", help="tests to run: files, folders or globs (default: all)")
    ap.add_argument("--build", default=os.path.join(ROOT, "build-nrf51"))
    ap.add_argument("--oversize", action="store_true", help=qemu_board.OVERSIZE_HELP)
    ap.add_argument("--fits", action="store_true", help=qemu_board.FITS_HELP)
    ap.add_argument("--quick", action="store_true", help="every %dth test that can run (CI)" % QUICK_STEP)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    qemu_board.resolve_fits(a)
    img = os.path.abspath(os.path.join(a.build, "mbpy-microbit" + ("" if a.fits else "-qemu")))
    if not os.path.exists(img + ".hex"):
        print("SKIP all: %s.hex not built (scripts/build nrf51)" % img)
        return 0
    if not qemu_board.has_qemu():
        print("SKIP all: qemu-system-arm missing (run scripts/setup)")
        return 0
    board_args = qemu_board.board_kwargs(a)

    tests = suite_lang.select(suite_lang.discover(), a.paths)
    rules, features, listing = suite_lang.read_requires(), firmware_features(a.build), read_listing()
    cannot, can = {}, []
    for t in tests:
        off = suite_lang.missing_features(t, rules, features)
        reason = ("needs what the device's settings leave out: " + " ".join(off)) if off else listed(t, listing, "skip")
        if reason:
            cannot[t] = reason
        else:
            can.append(t)
    if a.quick:
        can = can[::QUICK_STEP]
    oracle = suite_lang.Oracle("python3")
    runner = Runner(img, board_args)
    start = time.time()
    results = {}
    try:
        for t in can:
            t0 = time.time()
            results[t] = judge(t, runner, oracle)
            if a.verbose:
                print("%-5s %s (%.1fs)%s" % (results[t][0], t, time.time() - t0,
                                            ": " + results[t][1] if results[t][1] else ""))
                sys.stdout.flush()
    finally:
        runner.close()

    host_fails = set(suite_lang.read_expected_failures())
    passed = failed = xfail = said_skip = 0
    now_passing = []
    for t in can:
        state, reason, detail = results[t]
        known = listed(t, listing, "fails") or t in host_fails
        if state == "skip":
            said_skip += 1
        elif state == "pass":
            passed += 1
            if known:
                now_passing.append(t)
        elif known:
            xfail += 1
            if a.verbose and detail:
                print(detail)
        else:
            failed += 1
            print("FAIL  %s: %s" % (t, reason))
            if detail:
                print(detail)
    for t in now_passing:
        print("now passing (remove from tests/device/lang_device.txt): %s" % t)
    by_reason = {}
    for t, reason in cannot.items():
        by_reason.setdefault(reason, []).append(t)
    print("cannot run on the device: %d" % len(cannot))
    for reason, ts in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        print("  %3d  %s" % (len(ts), reason))
        if a.verbose:
            for t in ts:
                print("         %s" % t)
    ran = len(can) - said_skip
    print("(%d tests run on the device in %.1fs%s%s)" % (
        len(can), time.time() - start, ", a sample of 1 in %d" % QUICK_STEP if a.quick else "",
        ", %d board restarts" % runner.restarts if runner.restarts else ""))
    print("%d of %d that can run pass (%.1f%%), %d failed, %d expected failures, %d said SKIP" % (
        passed, ran, 100.0 * passed / ran if ran else 0, failed, xfail, said_skip))
    print("%d passed, %d failed, %d skipped" % (passed, failed, len(cannot) + said_skip))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
