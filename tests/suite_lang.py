#!/usr/bin/env python3
"""Language conformance suite: runs every tests/lang/**/*.py with mbpy and compares with CPython.

Usage (from the repo root):  python3 tests/suite_lang.py --build build [-j N] [-v] [PATH|GLOB ...]

Expected output is `name.py.exp` beside the script when present (a deliberate, documented difference),
else what python3 prints for the same script (cached in tests/.cache/). stdout and stderr are compared
merged, together with the exit status. Known failures are listed in tests/lang/expected_failures.txt.
See docs/testing.md.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import hashlib
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = os.path.join(ROOT, "tests", "lang")
CACHE_DIR = os.path.join(ROOT, "tests", ".cache")
EXPECTED_FAILURES = os.path.join(LANG_DIR, "expected_failures.txt")
REQUIRES = os.path.join(LANG_DIR, "requires.txt")
DIFF_LINES = 40  # enough to see what went wrong without drowning the CI log
ORACLE_TIMEOUT = 120  # CPython is the reference; a slow machine must not make it "fail"


def discover():
    tests = []
    for dirpath, dirnames, filenames in os.walk(LANG_DIR):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")) and d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".py") and not name.startswith(("_", ".")):
                rel = os.path.relpath(os.path.join(dirpath, name), LANG_DIR).replace(os.sep, "/")
                tests.append(rel)
    return tests


def select(tests, patterns):
    """Keep tests matching any pattern: a file, a folder, or a glob, relative to cwd, root or tests/lang."""
    if not patterns:
        return tests
    chosen = set()
    for pat in patterns:
        candidates = {pat}
        for base in (os.getcwd(), ROOT):
            full = os.path.abspath(os.path.join(base, pat))
            if full.startswith(LANG_DIR):
                candidates.add(os.path.relpath(full, LANG_DIR).replace(os.sep, "/"))
        hit = False
        for t in tests:
            for c in candidates:
                c = c.rstrip("/")
                if t == c or t.startswith(c + "/") or fnmatch.fnmatch(t, c) or c in (".", ""):
                    chosen.add(t)
                    hit = True
        if not hit:
            print("warning: no test matches %r" % pat, file=sys.stderr)
    return [t for t in tests if t in chosen]


def build_features(mbpy):
    """The build's feature switches and limits ({name: value}), from `mbpy --features`; {} when it cannot
    tell (every requirement then counts as met)."""
    try:
        out = subprocess.run([mbpy, "--features"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return {}
    pairs = (l.split("=", 1) for l in out.splitlines() if "=" in l)
    return {k: int(v) for k, v in pairs if v.strip().lstrip("-").isdigit()}


def read_requires():
    """[(glob, [requirement ...])]: what each test needs of the build (tests/lang/requires.txt)."""
    rules = []
    with open(REQUIRES, encoding="utf-8") as f:
        for line in f:
            words = line.split("#", 1)[0].split()
            if len(words) >= 2:
                rules.append((words[0], words[1:]))
    return rules


def requirement_met(req, features):
    """`NAME`: the switch is on; `!NAME`: it is off; `NAME>=N`: the limit is at least N. A build that
    does not say meets every requirement."""
    if not features:
        return True
    if req.startswith("!"):
        return features.get(req[1:], 1) == 0
    if ">=" in req:
        name, least = req.split(">=", 1)
        return features.get(name, int(least)) >= int(least)
    return features.get(req, 1) != 0


def missing_features(rel, rules, features):
    """The requirements of `rel` that the build does not meet."""
    return sorted({r for glob, reqs in rules if fnmatch.fnmatch(rel, glob)
                   for r in reqs if not requirement_met(r, features)})


def read_expected_failures():
    listed = []
    if os.path.exists(EXPECTED_FAILURES):
        with open(EXPECTED_FAILURES, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    listed.append(line)
    return listed


def write_expected_failures(failing, ran, old):
    """Rewrite the list: tests that ran take their new state, the others keep their old entry."""
    keep = [t for t in old if t not in ran]
    entries = sorted(set(keep) | set(failing))
    header = [
        "# Known failures of tests/lang (paths relative to tests/lang), one per line; '#' starts a comment.",
        "# The suite passes while only these fail, so progress shows as a diff of this file.",
        "# Regenerate with: python3 tests/suite_lang.py --build build --update-expected",
    ]
    with open(EXPECTED_FAILURES, "w", encoding="utf-8") as f:
        f.write("\n".join(header + entries) + "\n")


def run(cmd, cwd, timeout):
    """Run cmd; returns (output bytes with stderr merged, exit status or 'timeout')."""
    env = dict(os.environ)
    env.update(PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8",
               PYTHONHASHSEED="0")
    env.pop("MICROPYPATH", None)
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout, env=env)
        return p.stdout, p.returncode
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", "timeout"


def helper_digest(folder):
    """Helper modules beside a test change its output, so they are part of the cache key:
    the folder's own `_*.py` files and every file inside its `_*` subfolders."""
    h = hashlib.sha256()
    for name in sorted(os.listdir(folder)):
        full = os.path.join(folder, name)
        if not name.startswith("_") or name == "__pycache__":
            continue
        files = [full] if os.path.isfile(full) else sorted(
            os.path.join(d, f) for d, dn, fn in os.walk(full) for f in fn if "__pycache__" not in d)
        for path in files:
            with open(path, "rb") as f:
                h.update(os.path.relpath(path, folder).encode() + b"\0" + f.read())
    return h.hexdigest()


def exp_status(data):
    """A .exp that ends with a traceback (the header, indented frame lines, then the exception line)
    shows an uncaught exception, so the script must end with status 1; otherwise with status 0."""
    lines = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    for i in range(len(lines) - 1, -1, -1):
        if lines[i] == "Traceback (most recent call last):":
            tail = lines[i + 1:]
            if len(tail) >= 2 and all(l.startswith("  ") for l in tail[:-1]) and not tail[-1].startswith(" "):
                return 1
            break
    return 0


class Oracle:
    def __init__(self, python):
        self.python = python
        out = subprocess.run([python, "-c", "import sys; print(sys.version)"], stdout=subprocess.PIPE)
        self.version = out.stdout.strip()
        self.helpers = {}

    def expected(self, rel):
        """(expected output bytes, expected exit status, source) for a test."""
        path = os.path.join(LANG_DIR, rel)
        exp = path + ".exp"
        if os.path.exists(exp):
            with open(exp, "rb") as f:
                data = f.read()
            return data, exp_status(data), ".exp"
        folder = os.path.dirname(path)
        if folder not in self.helpers:
            self.helpers[folder] = helper_digest(folder)
        with open(path, "rb") as f:
            key = hashlib.sha256(f.read() + b"\0" + self.version + b"\0" + self.helpers[folder].encode())
        cache = os.path.join(CACHE_DIR, key.hexdigest()[:32])
        if os.path.exists(cache):
            with open(cache, "rb") as f:
                status_line, _, data = f.read().partition(b"\n")
            return data, int(status_line), "python3"
        data, status = run([self.python, os.path.basename(path)], folder, ORACLE_TIMEOUT)
        if status == "timeout":
            return data, "timeout", "python3"
        os.makedirs(CACHE_DIR, exist_ok=True)
        tmp = "%s.%d.%d.tmp" % (cache, os.getpid(), id(data))
        with open(tmp, "wb") as f:
            f.write(b"%d\n" % status + data)
        os.replace(tmp, cache)  # atomic: parallel suites (plain + asan) may share the cache
        return data, status, "python3"


def diff_text(expected, got):
    exp = expected.decode("utf-8", "replace").splitlines()
    out = got.decode("utf-8", "replace").splitlines()
    lines = list(difflib.unified_diff(exp, out, "expected", "mbpy", lineterm="", n=2))
    if not lines and expected != got:
        lines = ["(outputs differ only in line endings or a final newline)"]
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + ["... (%d more diff lines)" % (len(lines) - DIFF_LINES)]
    return "\n".join("    " + l for l in lines)


def check(rel, mbpy, oracle, timeout):
    """Returns (state, reason, detail): state is pass / fail / skip."""
    path = os.path.join(LANG_DIR, rel)
    folder = os.path.dirname(path)
    exp_out, want_status, source = oracle.expected(rel)
    if want_status == "timeout":
        return "fail", "python3 timed out on this script (fix the test)", ""
    got, status = run([mbpy, os.path.basename(path)], folder, timeout)
    if got.split(b"\n", 1)[0].rstrip(b"\r") == b"SKIP":
        return "skip", "", ""
    if status == "timeout":
        return "fail", "timeout after %gs" % timeout, diff_text(exp_out, got)
    if status < 0:
        return "fail", "crash (signal %d)" % -status, diff_text(exp_out, got)
    if status != want_status:
        kind = "crash: " if want_status == 0 else ""
        reason = "%sexit status %d, expected %d" % (kind, status, want_status)
        return "fail", reason, diff_text(exp_out, got) if got != exp_out else ""
    if got != exp_out:
        return "fail", "output differs from %s" % source, diff_text(exp_out, got)
    return "pass", "", ""


def default_timeout(build):
    """10 s per script; sanitizer builds run several times slower."""
    cache = os.path.join(build, "CMakeCache.txt") if build else ""
    if cache and os.path.exists(cache):
        with open(cache, encoding="utf-8", errors="replace") as f:
            if "MBPY_SANITIZE:BOOL=ON" in f.read():
                return 40.0
    return 10.0


def main():
    ap = argparse.ArgumentParser(description="mbpy language conformance suite (CPython is the oracle)")
    ap.add_argument("paths", nargs="*", help="tests to run: files, folders or globs (default: all)")
    ap.add_argument("--build", default="build", help="build folder holding mbpy (default: build)")
    ap.add_argument("--mbpy", help="interpreter to test (default: BUILD/mbpy)")
    ap.add_argument("--python", default="python3", help="reference interpreter (default: python3)")
    ap.add_argument("--timeout", type=float, help="seconds per script (default 10, 40 for sanitizer builds)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="parallel scripts")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every result and every diff")
    ap.add_argument("--update-expected", action="store_true",
                    help="rewrite tests/lang/expected_failures.txt from this run's failures")
    args = ap.parse_args()

    build = os.path.join(ROOT, args.build) if not os.path.isabs(args.build) else args.build
    mbpy = os.path.abspath(args.mbpy) if args.mbpy else os.path.join(build, "mbpy")
    if not (os.path.isfile(mbpy) and os.access(mbpy, os.X_OK)):
        print("error: interpreter %s not found or not executable; build it first (./scripts/build) "
              "or pass --mbpy PATH" % mbpy, file=sys.stderr)
        return 1
    timeout = args.timeout or default_timeout(build)
    tests = select(discover(), args.paths)
    if not tests:
        print("error: no tests selected", file=sys.stderr)
        return 1
    listed = read_expected_failures()
    listed_set = set(listed)
    oracle = Oracle(args.python)
    rules, features = read_requires(), build_features(mbpy)

    start = time.time()
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {}
        for t in tests:
            off = missing_features(t, rules, features)
            if off:
                results[t] = ("skip", "needs " + " ".join(off), "")
            else:
                futures[pool.submit(check, t, mbpy, oracle, timeout)] = t
        for fut in concurrent.futures.as_completed(futures):
            t = futures[fut]
            try:
                results[t] = fut.result()
            except Exception as e:  # a runner bug must show up as a failure, not a traceback
                results[t] = ("fail", "runner error: %r" % e, "")

    passed = failed = skipped = xfail = 0
    now_passing = []
    for t in tests:
        state, reason, detail = results[t]
        if state == "skip":
            skipped += 1
            if args.verbose:
                print("skip  %s%s" % (t, ": " + reason if reason else ""))
        elif state == "pass":
            passed += 1
            if t in listed_set:
                now_passing.append(t)
            if args.verbose:
                print("pass  %s" % t)
        elif t in listed_set:
            xfail += 1
            if args.verbose:
                print("xfail %s: %s" % (t, reason))
                if detail:
                    print(detail)
        else:
            failed += 1
            print("FAIL  %s: %s" % (t, reason))
            if detail:
                print(detail)
    for t in now_passing:
        print("now passing (remove from expected_failures.txt): %s" % t)
    if args.update_expected:
        failing = [t for t in tests if results[t][0] == "fail"]
        write_expected_failures(failing, set(tests), listed)
        print("updated %s: %d entries" % (os.path.relpath(EXPECTED_FAILURES, ROOT),
                                         len(read_expected_failures())))
    print("(%d tests in %.1fs with %s)" % (len(tests), time.time() - start, os.path.relpath(mbpy)))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    print("expected failures: %d still failing, %d now passing" % (xfail, len(now_passing)))
    return 1 if failed and not args.update_expected else 0


if __name__ == "__main__":
    sys.exit(main())
