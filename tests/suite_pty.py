#!/usr/bin/env python3
"""`mbpy --pty` as a serial port for real tools: nothing is lost. A client that reads slowly gets all of
84 KB of prints and of a 20 KB file fetched with the byte sequences of pyboard.py, mpremote and microfs
(tests/support/serial_tools.py over Debian's pyserial) and with `mbit fs get` (the board waits for it);
with no client connected (at boot, or after a client left mid-output) the board drops its output and
goes on; a client that leaves gets the pty back in raw mode for the next one.

    python3 tests/suite_pty.py --build build [-v]
"""

import os
import signal
import subprocess
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "support"))
import checks  # noqa: E402  (Suite, parse_args)
TOOLS = os.path.join(HERE, "support", "serial_tools.py")
PY = "/usr/bin/python3"  # Debian's python3-serial imports here, not under the first python3 on PATH
# The file the tools fetch: 20 KB of every byte value but "'" (microfs rebuilds its data by splitting
# repr output on "'b'", which a chunk quoted with '"' would break, on a real board too).
FILE_DATA = (bytes(b for b in range(256) if b != 0x27) * 81)[:20480]
# Written by the programs once all their output is out: found in the --flash file, the board's flash.
BOOT_MARKER = b"BOOT-DONE"
LEAVE_MARKER = b"LEAVE-DONE"
BOOT_MAIN = ("for i in range(3000):\n    print('boot %04d' % i, 'z' * 30)\n"
             "with open('marker', 'w') as f:\n    f.write('BOOT-' + 'DONE')\n")


class Suite(checks.Suite):
    def tool_lines(self, want, proc, prefix=""):
        """Each line "PASS name" / "FAIL name: why" of serial_tools.py; a missing name is a failure."""
        seen = {}
        for line in proc.stdout.decode("utf-8", "replace").splitlines():
            verdict, _, rest = line.partition(" ")
            seen[rest.split(":")[0].split(" ")[0]] = (verdict, rest)
        for name in want:
            verdict, rest = seen.get(name, ("FAIL", "no result (status %d)\n%s" %
                                            (proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:])))
            self.check(prefix + name, verdict == "PASS", rest)


class Board:
    """`mbpy --pty --flash FILE` in a temporary folder; `port` is the pty it printed."""

    def __init__(self, mbpy, flash):
        self.flash = flash
        self.proc = subprocess.Popen([mbpy, "--pty", "--flash", flash], stdout=subprocess.PIPE,
                                     stdin=subprocess.DEVNULL, cwd=os.path.dirname(flash), start_new_session=True)
        self.port = self.proc.stdout.readline().decode().strip()

    def wait_marker(self, marker, timeout=60.0):
        """Whether `marker` reached the flash within `timeout` s (the program got past its output)."""
        end = time.time() + timeout
        while time.time() < end:
            with open(self.flash, "rb") as f:
                if marker in f.read():
                    return True
            if self.proc.poll() is not None:
                return False
            time.sleep(0.1)
        return False

    def stale(self):
        """What a new client finds waiting in the port (read without flushing, unlike pyserial's open)."""
        fd = os.open(self.port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        got = b""
        try:
            end = time.time() + 0.5
            while time.time() < end:
                try:
                    got += os.read(fd, 65536)
                except BlockingIOError:
                    time.sleep(0.05)
        finally:
            os.close(fd)
        return got

    def tools(self, *args, timeout=300):
        return subprocess.run([PY, TOOLS, self.port, *args], capture_output=True, timeout=timeout)

    def close(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


def case_tools(suite, mbpy, mbit, tmp):
    """Slow clients get everything; a client leaving mid-output leaves the board running and a clean port."""
    local = os.path.join(tmp, "f.bin")
    with open(local, "wb") as f:
        f.write(FILE_DATA)
    b = Board(mbpy, os.path.join(tmp, "tools.flash"))
    try:
        put = subprocess.run([mbit, "fs", "put", local, "--port", b.port], capture_output=True, timeout=120)
        suite.check("mbit_fs_put_20k", put.returncode == 0, repr(put.stderr))
        t0 = time.time()
        p = b.tools("big", local)
        suite.tool_lines(["pyboard_print_84k", "mpremote_print_84k", "pyboard_get", "mpremote_get",
                          "mpremote_put", "microfs_ls", "microfs_get"], p)
        if suite.verbose:
            print("  tools took %.1f s" % (time.time() - t0))
        back = os.path.join(tmp, "back.bin")
        g = subprocess.run([mbit, "fs", "get", "f.bin", back, "--port", b.port], capture_output=True, timeout=120)
        got = open(back, "rb").read() if g.returncode == 0 else b""
        suite.check("mbit_fs_get_20k", got == FILE_DATA, "status %d, %d bytes: %r" % (g.returncode, len(got), g.stderr))

        p = b.tools("leave", timeout=60)
        suite.tool_lines(["leave_read_some"], p)
        suite.check("client_left_board_goes_on", b.wait_marker(LEAVE_MARKER),
                    "the program did not finish after its client left (blocked on nobody?)")
        time.sleep(0.5)  # the run's closing "\x04\x04>" comes just after the marker: let it go first
        stale = b.stale()
        suite.check("after_leave_no_stale_output", not stale, "%d bytes: %r" % (len(stale), stale[:60]))
        p = b.tools("alive", timeout=60)
        suite.tool_lines(["board_answers"], p, "after_leave_")
        suite.check("pty_survives_clients", b.proc.poll() is None, "mbpy --pty exited")
    finally:
        b.close()


def case_no_client(suite, mbpy, tmp):
    """main.py prints 120 KB at boot while nobody has the port open: dropped, and the board goes on."""
    flash = os.path.join(tmp, "boot.flash")
    prep = subprocess.run([mbpy, "--flash", flash, "-c", "with open('main.py', 'w') as f:\n    f.write(%r)" % BOOT_MAIN],
                          capture_output=True, timeout=30)
    if prep.returncode != 0:
        suite.check("no_client_setup", False, repr(prep.stderr))
        return
    b = Board(mbpy, flash)
    try:
        suite.check("no_client_does_not_block", b.wait_marker(BOOT_MARKER),
                    "main.py did not finish while no client was connected")
        stale = b.stale()
        suite.check("after_boot_no_stale_output", not stale, "%d bytes: %r" % (len(stale), stale[:60]))
        p = b.tools("alive", timeout=60)
        suite.tool_lines(["board_answers"], p, "after_boot_")
    finally:
        b.close()


def case_mode_reset(suite, mbpy, tmp):
    """A client that turns echo and line editing on, then leaves: the next client finds the pty raw."""
    b = Board(mbpy, os.path.join(tmp, "mode.flash"))
    try:
        fd = os.open(b.port, os.O_RDWR | os.O_NOCTTY)
        a = termios.tcgetattr(fd)
        a[3] |= termios.ECHO | termios.ICANON
        termios.tcsetattr(fd, termios.TCSANOW, a)
        os.close(fd)
        time.sleep(0.5)
        fd = os.open(b.port, os.O_RDWR | os.O_NOCTTY)
        lflag = termios.tcgetattr(fd)[3]
        os.close(fd)
        suite.check("mode_raw_for_next_client", not lflag & (termios.ECHO | termios.ICANON), "lflag %#x" % lflag)
    finally:
        b.close()


def main():
    a, mbpy, mbit = checks.parse_args()
    suite = Suite(a.verbose)
    tmp = tempfile.mkdtemp(prefix="mbpy-pty-")
    case_mode_reset(suite, mbpy, tmp)
    if subprocess.run([PY, "-c", "import serial"], capture_output=True).returncode != 0:
        suite.skip("pty_tools", "Debian's python3-serial is not installed (scripts/setup installs it)")
    else:
        case_tools(suite, mbpy, mbit, tmp)
        case_no_client(suite, mbpy, tmp)
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
