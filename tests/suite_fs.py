#!/usr/bin/env python3
"""Filesystem interop suite: our fs code against @microbit/microbit-fs 0.10.0 (the reference tool).

1. microbit-fs writes files into the real MicroPython hex (tests/interop/fs_interop.js make);
2. unit_fs reads those regions byte for byte and writes its own images (gtest FsInterop.*);
3. microbit-fs reads our images back (fs_interop.js check);
4. the committed golden file still matches what microbit-fs writes.
Skips cleanly (with a count) when node_modules or the firmware hex is missing.
Prints a closing line "N passed, N failed, N skipped"; exits non-zero on failure.
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
INTEROP = ROOT / "tests" / "interop"
FIRMWARE = pathlib.Path(os.environ.get("MBPY_FIRMWARE_HEX", "/usr/share/firmware-microbit-micropython/firmware.hex"))
CHECKS = ["microbit-fs writes images", "we read them and write ours", "microbit-fs reads ours", "golden file"]


def find_exe(build, name):
    for cand in [build / name, *build.rglob(name)]:
        if cand.is_file() and os.access(cand, os.X_OK):
            return cand
    return None


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    return p.returncode, p.stdout + p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=str(ROOT / "build"))
    args = ap.parse_args()
    build = pathlib.Path(args.build).resolve()
    passed = failed = 0

    def report(ok, name, out=""):
        nonlocal passed, failed
        print(("PASS " if ok else "FAIL ") + name)
        if not ok:
            print("    " + out.strip().replace("\n", "\n    ")[-3000:])
        passed += ok
        failed += not ok

    missing = []
    if not (INTEROP / "node_modules" / "@microbit" / "microbit-fs").is_dir():
        missing.append("tests/interop/node_modules (run scripts/setup)")
    if not shutil.which("node"):
        missing.append("node")
    if not FIRMWARE.is_file():
        missing.append(str(FIRMWARE))
    unit = find_exe(build, "unit_fs")
    if unit is None:
        missing.append(f"unit_fs in {build}")
    if missing:
        print("SKIP: missing " + ", ".join(missing))
        print(f"0 passed, 0 failed, {len(CHECKS)} skipped")
        return 0

    with tempfile.TemporaryDirectory(prefix="mbpy-fs-") as tmp:
        code, out = run(["node", str(INTEROP / "fs_interop.js"), "make", tmp])
        report(code == 0, CHECKS[0], out)
        env = dict(os.environ, MBPY_INTEROP_DIR=tmp)
        code, out = run([str(unit), "--gtest_filter=FsInterop.*"], env=env)
        ok = code == 0 and "[  PASSED  ] 2 tests" in out and "SKIPPED" not in out
        report(ok, CHECKS[1], out)
        code, out = run(["node", str(INTEROP / "fs_interop.js"), "check", tmp])
        print("    " + out.strip().replace("\n", "\n    "))
        report(code == 0, CHECKS[2], out)
        golden = pathlib.Path(tmp) / "golden.bin"
        code, out = run(["node", str(INTEROP / "fs_interop.js"), "golden", str(golden)])
        committed = ROOT / "tests" / "golden" / "fs" / "three_files.bin"
        same = code == 0 and golden.read_bytes() == committed.read_bytes()
        report(same, CHECKS[3], out + "\n(golden differs from tests/golden/fs/three_files.bin)")

    print(f"{passed} passed, {failed} failed, 0 skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
