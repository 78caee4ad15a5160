#!/usr/bin/env python3
"""Memory safety: tests/safety/call_everything.py calls every builtin function, type and method (found by
introspection, over every module help('modules') lists) with missing, wrong-typed and extreme arguments.
It passes when the run ends normally with its summary: no crash, no hang, no sanitizer report (the
ASan+UBSan build runs it too). The output of the functions it calls (print, help ...) is not compared.

Usage (from the repo root):  python3 tests/suite_safety.py --build build
"""
import os
import subprocess
import sys

from support.checks import Suite, parse_args

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "tests", "safety", "call_everything.py")
TIMEOUT = 900  # the ASan build takes a few minutes; a hang must still end the run
SUMMARY = "types True callables True calls True some raised True"
SANITIZER_MARKS = ("ERROR: AddressSanitizer", "runtime error:", "ERROR: LeakSanitizer")


def main():
    args, mbpy, _ = parse_args()
    suite = Suite(args.verbose)
    env = dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "detect_leaks=0"))

    # The modules the build has: help('modules') in its columns, then a line about the filesystem.
    r = subprocess.run([mbpy, "-c", "help('modules')"], capture_output=True, text=True, env=env, timeout=60)
    modules = [w for line in r.stdout.splitlines() if not line.startswith("Plus") for w in line.split()]
    suite.check("help('modules') lists the modules", r.returncode == 0 and "sys" in modules, r.stdout + r.stderr)

    try:
        # A small heap: huge sizes fail sooner, and the collector has less to scan.
        # A bytecode budget far above what the run needs (the default, 10^8, is less): TIMEOUT ends a hang.
        cmd = [mbpy, "-X", "heapsize=8M", "--headless", "--budget", str(10**12), SCRIPT] + modules
        r = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=TIMEOUT, cwd=ROOT)
        out = r.stdout.decode("utf-8", "replace")
        err = r.stderr.decode("utf-8", "replace")
        status = r.returncode
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        status = f"timeout after {TIMEOUT} s"
    lines = out.splitlines()
    calling = [line for line in lines if line.startswith("calling ")]
    last = calling[-1] if calling else "(nothing called)"
    detail = f"status {status}; last: {last}\n" + "\n".join(lines[-5:]) + "\n" + err[-3000:]
    sanitized = not any(mark in err for mark in SANITIZER_MARKS)
    suite.check("every call returns or raises (no crash, no hang, no sanitizer report)", status == 0 and sanitized,
                detail)
    suite.check(f"the walk covered the builtins ({len(calling)} callables)",
                SUMMARY in lines and lines[-1:] == ["done"] and not any(x.startswith("not exercised") for x in lines),
                detail)
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
