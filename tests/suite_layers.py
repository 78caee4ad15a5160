#!/usr/bin/env python3
"""The layer check (scripts/check-layers): the tree passes it, and an include that crosses a layer the
wrong way, planted in a copy of the tree, makes it fail and name the file.

Usage (from the repo root):  python3 tests/suite_layers.py [--build DIR]
"""
import os
import shutil
import subprocess
import sys
import tempfile

from support.checks import Suite, parse_args

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECK = os.path.join(ROOT, "scripts", "check-layers")
LAYERS = ("core", "fs", "hex", "shell", "board", "ports", "tools")

# (file to plant the include in, the include, whether the checker must refuse it)
CASES = [
    ("core/vm.cpp", "board/board.hpp", True),
    ("core/gc.cpp", "fs/filesystem.hpp", True),
    ("fs/chunks.cpp", "core/runtime.hpp", True),
    ("shell/repl.cpp", "board/board.hpp", True),
    ("board/display.cpp", "ports/host/host.hpp", True),
    ("board/display.cpp", "tools/cli.hpp", True),
    ("tools/cli.hpp", "core/vm.hpp", True),
    ("board/display.cpp", "shell/repl.hpp", False),
    ("shell/repl.cpp", "core/gc.hpp", False),
]


def run(root):
    return subprocess.run([sys.executable, CHECK, root], capture_output=True, text=True)


def main():
    args, _, _ = parse_args()  # --build is accepted for CTest's uniform command line; unused
    suite = Suite(args.verbose)

    r = run(ROOT)
    suite.check("the tree respects its layers", r.returncode == 0, r.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        for layer in LAYERS:
            if os.path.isdir(os.path.join(ROOT, layer)):
                shutil.copytree(os.path.join(ROOT, layer), os.path.join(tmp, layer),
                                ignore=shutil.ignore_patterns("node_modules"))
        for file, include, refused in CASES:
            path = os.path.join(tmp, file)
            if not os.path.exists(path):
                suite.check(f"{file} exists", False, "the case names a file the tree no longer has")
                continue
            with open(path) as f:
                original = f.read()
            with open(path, "w") as f:
                f.write(f'#include "{include}"\n' + original)
            r = run(tmp)
            with open(path, "w") as f:
                f.write(original)
            named = f"{file}:1:" in r.stdout
            ok = (r.returncode == 1 and named) if refused else r.returncode == 0
            verb = "refuses" if refused else "allows"
            suite.check(f"{verb} {file} including {include}", ok, r.stdout)
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
