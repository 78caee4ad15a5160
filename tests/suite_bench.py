#!/usr/bin/env python3
"""Benchmark checksum suite: every bench/*.py once at its tiny quick size, mbpy against python3.

Usage (from the repo root):  python3 tests/suite_bench.py --build build [-v] [PROGRAM ...]

This is `bench/run --quick` without timing claims: a program passes when mbpy prints exactly what
python3 prints (the checksum line). Times are never asserted; CI machines are too noisy for that.
It also checks that the runner itself reports a wrong checksum and a crash as FAIL instead of dying.
"""

import argparse
import json
import os
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(ROOT, "bench", "run")
RUNNER_TIMEOUT = 1800  # whole quick run; each program also has the runner's own 60 s limit


def run_runner(args, json_path):
    cmd = [sys.executable, RUNNER, "--quick", "--no-heap", "--no-startup", "--json", json_path] + args
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RUNNER_TIMEOUT)
    data = None
    if os.path.exists(json_path):
        with open(json_path, encoding="utf-8") as f:
            data = json.load(f)
    return proc, data


def fake_interpreter(tmp, body):
    """A stand-in for mbpy (a shell script), to see how the runner copes with a bad interpreter."""
    path = os.path.join(tmp, "fake-mbpy")
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + body + "\n")
    os.chmod(path, os.stat(path).st_mode | stat.S_IEXEC)
    return path


def self_checks(tmp, verbose):
    """The runner must turn a wrong answer and a crash into FAIL rows, and exit non-zero."""
    failures = []
    cases = [
        ("wrong checksum", "echo 'not the checksum'", "wrong checksum"),
        ("crash", "echo 'Traceback: boom' >&2; exit 3", "exit status 3"),
    ]
    for label, body, needle in cases:
        mbpy = fake_interpreter(tmp, body)
        proc, data = run_runner(["--mbpy", mbpy, "nqueens"], os.path.join(tmp, "self.json"))
        rows = data["programs"] if data else []
        ok = (proc.returncode == 1 and len(rows) == 1 and rows[0]["status"] == "FAIL"
              and needle in rows[0]["error"])
        if not ok:
            failures.append("runner self-check (%s): rc=%d rows=%r\n%s" % (label, proc.returncode, rows, proc.stderr[-500:]))
        elif verbose:
            print("PASS runner self-check (%s)" % label)
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build", help="build directory holding mbpy")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("programs", nargs="*", help="only these bench programs")
    opts = ap.parse_args()
    build = os.path.abspath(opts.build)
    mbpy = os.path.join(build, "mbpy")
    if not os.access(mbpy, os.X_OK):
        print("no mbpy in %s" % build)
        print("0 passed, 1 failed, 0 skipped")
        return 1

    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        proc, data = run_runner(["--build", build] + opts.programs, os.path.join(tmp, "quick.json"))
        if data is None:
            print("bench/run produced no JSON (exit %d):\n%s%s" % (proc.returncode, proc.stdout, proc.stderr))
            print("0 passed, 1 failed, 0 skipped")
            return 1
        for row in data["programs"]:
            if row["status"] == "OK":
                passed += 1
                if opts.verbose:
                    print("PASS %s: %s" % (row["name"], row["checksum"]))
            else:
                failed += 1
                print("FAIL %s: %s" % (row["name"], row["error"]))
        self_fail = self_checks(tmp, opts.verbose)
        for msg in self_fail:
            print("FAIL " + msg)
        failed += len(self_fail)
        passed += 2 - len(self_fail)
    print("%d passed, %d failed, 0 skipped" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
