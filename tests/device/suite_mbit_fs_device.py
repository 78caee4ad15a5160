#!/usr/bin/env python3
"""`mbit fs` ls/put/get/cat/rm/run over the serial line against the firmware in QEMU (its serial line on a
pty): the checks of tests/suite_mbit_fs.py, which runs them against the original v1.0.1 and `mbpy --pty`.
mbit is the host build's (build/mbit, or --mbit); the test is skipped without it.

    python3 tests/device/suite_mbit_fs_device.py --build build-nrf51 [--mbit build/mbit] [--fits] [-v]
"""
import os
import shutil
import signal
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
import checks  # noqa: E402
import qemu_board  # noqa: E402
import suite_mbit_fs  # noqa: E402


def main():
    a, img = qemu_board.device_args("mbit", os.path.join("build", "mbit"))
    suite = checks.Suite(a.verbose)
    hex_path = img + ".hex"
    mbit = os.path.abspath(a.mbit)
    if not qemu_board.skipped(suite, img, host=mbit):
        tmp = tempfile.mkdtemp(prefix="mbit-fs-firmware-")
        t0 = time.time()
        proc, port = qemu_board.start_pty(hex_path, None if a.fits else 1 << 20)
        try:
            # The firmware ends below 0x38000 (with --oversize, what does not fit is placed past the
            # chip's flash), so its filesystem has all 240 chunks.
            results = (suite_mbit_fs.run_cases("firmware", mbit, port, tmp, chunks=240) if port
                       else [("firmware_start", False, "no serial port")])
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            shutil.rmtree(tmp, ignore_errors=True)
        for name, good, why in results:
            suite.check(name, good, why)
        if a.verbose:
            print("  took %.1f s" % (time.time() - t0))
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
