"""Pass/fail bookkeeping and the command line shared by the tests/suite_*.py programs."""
import argparse
import os


class Suite:
    """Counts checks; prints each failure (and each pass with -v); finish() gives the exit status."""

    def __init__(self, verbose):
        self.passed = self.failed = self.skipped = 0
        self.verbose = verbose

    def check(self, name, cond, why=""):
        if cond:
            self.passed += 1
            if self.verbose:
                print("PASS", name)
        else:
            self.failed += 1
            print("FAIL %s %s" % (name, str(why)[:600]))

    def skip(self, name, why):
        self.skipped += 1
        print("SKIP", name, "-", why)

    def finish(self):
        print("%d passed, %d failed, %d skipped" % (self.passed, self.failed, self.skipped))
        return 1 if self.failed else 0


def parse_args(add=None):
    """--build DIR and -v; `add(parser)` adds a suite's own options. Returns (args, mbpy, mbit)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("-v", "--verbose", action="store_true")
    if add:
        add(ap)
    a = ap.parse_args()
    return a, os.path.abspath(os.path.join(a.build, "mbpy")), os.path.abspath(os.path.join(a.build, "mbit"))
