#!/usr/bin/env python3
"""Command-line manners of build/mbpy and build/mbit: --help on every subcommand, --version, --opt=value,
`mbit fs get -o`, the serial port from MBIT_PORT (USB-id discovery: tests/unit/tools/test_locate.cpp),
no hex on a terminal, the default runtime and the message naming it, a rewritten hex keeping its mode,
the hint when --flash is given a .hex, messages that name the command and a file once, and the sizes
that pyboard.py's `fs ls` and mpremote's `ls` read from os.ilistdir.

    python3 tests/suite_cli.py --build build [-v]
"""

import os
import pty
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "support"))
import checks  # noqa: E402  (Suite, parse_args)
RUNTIME = "/usr/share/firmware-microbit-micropython/firmware.hex"  # Debian's v1.0.1 (scripts/setup)
HEX_SUBS = ["info", "build", "extract", "ls", "get", "rm", "put"]
FS_SUBS = ["ls", "put", "get", "rm", "cat", "run"]
# What pyboard.py (MicroPython 1.20's fs_ls) and mpremote (its transport's fs_listdir) run for `ls`.
PYBOARD_LS = ("import os\nfor f in os.ilistdir(%s):\n"
              " print('{:12} {}{}'.format(f[3]if len(f)>3 else 0,f[0],'/'if f[1]&0x4000 else ''))" % "''")
MPREMOTE_LS = "import os\nfor f in os.ilistdir(%s):\n print(repr(f), end=',')" % "''"


def run(*args, env=None, cwd=None, stdin=subprocess.DEVNULL):
    e = dict(os.environ)
    for k in ("MBIT_PORT", "MBIT_RUNTIME"):
        e.pop(k, None)
    e.update(env or {})
    return subprocess.run(list(args), capture_output=True, text=True, env=e, cwd=cwd, stdin=stdin)


def on_terminal(*args, cwd=None):
    """Runs a command with stdout on a pty (a terminal); returns (status, what it wrote there)."""
    master, slave = pty.openpty()
    p = subprocess.Popen(list(args), stdout=slave, stderr=slave, stdin=subprocess.DEVNULL, cwd=cwd)
    os.close(slave)
    out = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    os.close(master)
    return p.wait(), out.decode("utf-8", "replace")


def case_help(suite, mbpy, mbit):
    for args, want in [([mbpy, "--help"], "usage: mbpy"), ([mbit, "--help"], "usage: mbit"),
                       ([mbit, "hex", "--help"], "usage: mbit hex"), ([mbit, "flash", "--help"], "usage: mbit flash"),
                       ([mbit, "fs", "--help"], "usage: mbit fs")] + \
                      [([mbit, "hex", s, "--help"], "usage: mbit hex " + s) for s in HEX_SUBS] + \
                      [([mbit, "fs", s, "--help"], "usage: mbit fs " + s) for s in FS_SUBS] + \
                      [([mbit, "hex", "build", "x.py", "-h"], "usage: mbit hex build")]:
        r = run(*args)
        name = "help " + " ".join(os.path.basename(a) for a in args)
        suite.check(name, r.returncode == 0 and r.stdout.startswith(want) and not r.stderr, (r.returncode, r.stdout,
                                                                                             r.stderr))


def case_version(suite, mbpy, mbit):
    a, b = run(mbpy, "--version"), run(mbit, "--version")
    suite.check("version mbpy", a.returncode == 0 and re.match(r"mbpy \d+\.\d+", a.stdout), (a.stdout, a.stderr))
    suite.check("version mbit", b.returncode == 0 and re.match(r"mbit \d+\.\d+", b.stdout), (b.stdout, b.stderr))
    # The same number as the board's banner ("MicroPython v1.9.2-mbpy-0.1 ...").
    banner = run(mbpy, "--repl", stdin=subprocess.DEVNULL).stdout
    m = re.search(r"mbpy-(\d+\.\d+)", banner)
    words = a.stdout.split()[1:2] + b.stdout.split()[1:2]
    suite.check("version is the banner's", m and words == [m.group(1)] * 2, (banner[:100], a.stdout, b.stdout))


def case_opt_equals(suite, mbpy, mbit, tmp):
    src = os.path.join(tmp, "p.py")
    with open(src, "w") as f:
        f.write("print('hi')\n")
    out = os.path.join(tmp, "eq.hex")
    r = run(mbit, "hex", "build", "--runtime=" + RUNTIME, src, "--output=" + out)
    suite.check("opt= hex build", r.returncode == 0 and os.path.exists(out), r.stderr)
    r = run(mbit, "hex", "put", out, src, "--name=other.py", "-o", out)
    ls = run(mbit, "hex", "ls", out).stdout.split()
    suite.check("opt= hex put --name=", r.returncode == 0 and ls == ["main.py", "other.py"], (r.stderr, ls))
    img = os.path.join(tmp, "eq.img")
    r = run(mbpy, "--flash=" + img, "-c", "open('f.txt', 'w').write('x')")
    r2 = run(mbpy, "--flash", img, "-c", "import os, sys\nprint(os.listdir(), sys.argv)", "--flash=z")
    suite.check("opt= mbpy --flash=", r.returncode == 0 and r2.stdout == "['f.txt'] ['-c', '--flash=z']\n",
                (r.stderr, r2.stdout, r2.stderr))
    r = run(mbpy, "--hex=" + out, "-c", "import os\nprint(sorted(os.listdir()))")
    suite.check("opt= mbpy --hex=", r.stdout == "['main.py', 'other.py']\n", (r.stdout, r.stderr))
    r = run(mbit, "hex", "build", "--appended=yes", src, "-o", out)
    suite.check("opt= a flag takes no value", r.returncode == 2 and "--appended takes no value" in r.stderr, r.stderr)


def case_no_hex_on_terminal(suite, mbit, tmp):
    src = os.path.join(tmp, "t.py")
    with open(src, "w") as f:
        f.write("print(1)\n")
    status, out = on_terminal(mbit, "hex", "build", "--runtime", RUNTIME, src)
    suite.check("hex build refuses a terminal", status == 2 and ":10" not in out and "-o OUT.hex" in out, out[:300])
    r = run(mbit, "hex", "build", "--runtime", RUNTIME, src)  # a pipe is fine
    suite.check("hex build to a pipe", r.returncode == 0 and r.stdout.startswith(":"), r.stderr)
    status, out = on_terminal(mbit, "hex", "get", os.path.join(tmp, "none.hex"), "x")  # text outputs may go there
    suite.check("hex get names its file", status == 1 and "none.hex" in out, out)


def case_default_runtime(suite, mbit, tmp):
    src = os.path.join(tmp, "d.py")
    with open(src, "w") as f:
        f.write("print(2)\n")
    out = os.path.join(tmp, "d.hex")
    # A copy of mbit with no build-nrf51/ beside it: the checkout's own firmware, once built, would win.
    os.makedirs(os.path.join(tmp, "lone", "build"))
    mbit = shutil.copy(mbit, os.path.join(tmp, "lone", "build", "mbit"))
    r = run(mbit, "hex", "build", src, "-o", out)
    info = run(mbit, "hex", "info", out).stdout
    suite.check("default runtime: the installed one", r.returncode == 0 and "1.9.2" in info, (r.stderr, info[:200]))
    suite.check("default runtime: said which", "mbit hex build: using the installed MicroPython runtime " + RUNTIME
                in r.stderr, r.stderr)
    drive = os.path.join(tmp, "MICROBIT")
    os.mkdir(drive)
    r = run(mbit, "flash", src, "--target", drive)
    suite.check("flash a .py with the default runtime", r.returncode == 0 and
                os.path.exists(os.path.join(drive, "micropython.hex")) and "mbit flash: using" in r.stderr, r.stderr)
    # mbpy's own firmware wins when built: mbit of a checkout finds build-nrf51/ beside its build folder.
    tree = os.path.join(tmp, "checkout")
    os.makedirs(os.path.join(tree, "build"))
    os.makedirs(os.path.join(tree, "build-nrf51"))
    shutil.copy(mbit, os.path.join(tree, "build", "mbit"))
    own = os.path.join(tree, "build-nrf51", "mbpy-microbit.hex")
    shutil.copy(RUNTIME, own)
    r = run(os.path.join(tree, "build", "mbit"), "hex", "build", src, "-o", out)
    suite.check("default runtime: mbpy's own firmware", r.returncode == 0 and "mbpy's own firmware" in r.stderr
                and "mbpy-microbit.hex" in r.stderr, r.stderr)
    r = run(mbit, "hex", "build", src, "-o", out, env={"MBIT_RUNTIME": os.path.join(tmp, "nope.hex")})
    suite.check("MBIT_RUNTIME is used", r.returncode == 1 and "MBIT_RUNTIME" in r.stderr and "nope.hex" in r.stderr,
                r.stderr)


def case_mode_kept(suite, mbit, tmp):
    src = os.path.join(tmp, "m.py")
    with open(src, "w") as f:
        f.write("print(3)\n")
    h = os.path.join(tmp, "m.hex")
    run(mbit, "hex", "build", "--runtime", RUNTIME, src, "-o", h)
    for mode in (0o600, 0o755):
        os.chmod(h, mode)
        r = run(mbit, "hex", "put", h, src, "--name", "x%o.py" % mode)
        got = stat.S_IMODE(os.stat(h).st_mode)
        suite.check("hex put keeps mode %o" % mode, r.returncode == 0 and got == mode, (oct(got), r.stderr))
    os.chmod(h, 0o640)
    r = run(mbit, "hex", "rm", h, "x600.py")
    suite.check("hex rm keeps mode", r.returncode == 0 and stat.S_IMODE(os.stat(h).st_mode) == 0o640, r.stderr)


def case_flash_hint(suite, mbpy, tmp):
    missing = os.path.join(tmp, "new.hex")
    r = run(mbpy, "--flash", missing)
    suite.check("--flash new.hex: hint, nothing made", r.returncode == 2 and "--hex " + missing in r.stderr
                and not os.path.exists(missing), r.stderr)
    text = os.path.join(tmp, "prog.txt")
    shutil.copy(RUNTIME, text)
    r = run(mbpy, "--flash", text)
    suite.check("--flash of hex text: hint", r.returncode == 2 and "--hex " + text in r.stderr
                and r.stderr.count(text) == 2, r.stderr)


def case_messages(suite, mbit, tmp):
    none = os.path.join(tmp, "none.hex")
    for sub in ("info", "ls", "extract"):
        r = run(mbit, "hex", sub, none)
        suite.check("message hex %s" % sub, r.returncode == 1 and
                    r.stderr == "mbit hex %s: %s: No such file or directory\n" % (sub, none), r.stderr)
    r = run(mbit, "hex", "info")
    suite.check("usage error names the command once", r.returncode == 2 and r.stderr.startswith("mbit hex info: ")
                and r.stderr.count("usage: mbit hex info FILE.hex") == 1 and r.stderr.count("mbit hex info") == 3,
                r.stderr)
    r = run(mbit, "flash", "--help", "--bogus")
    suite.check("unknown option named", r.returncode == 2 and "mbit flash: unknown option --bogus" in r.stderr,
                r.stderr)
    r = run(mbit, "hex", "frob")
    suite.check("unknown hex command lists them", r.returncode == 2 and "info, build" in r.stderr, r.stderr)
    r = run(mbit, "fs", "ls", env={"PATH": os.environ.get("PATH", "")})
    nothing = not any(os.path.exists("/dev/ttyACM%d" % i) for i in range(4))
    if nothing:
        suite.check("fs without a port says what to do", r.returncode == 1 and "0D28:0204" in r.stderr
                    and "MBIT_PORT" in r.stderr and r.stderr.startswith("mbit fs ls: "), r.stderr)


class PtyBoard:
    def __init__(self, mbpy, img):
        self.p = subprocess.Popen([mbpy, "--pty", "--flash", img], stdout=subprocess.PIPE, start_new_session=True)
        self.port = self.p.stdout.readline().decode().strip()

    def close(self):
        os.killpg(self.p.pid, signal.SIGKILL)
        self.p.wait()


# A new file starts at a random chunk, so a listing comes in the chunks' order: compare sorted lines.
LS_L = [["300", "a.txt"], ["7", "b.bin"]]


def listing(text):
    return sorted(line.split() for line in text.splitlines())


def case_fs(suite, mbpy, mbit, tmp):
    img = os.path.join(tmp, "fs.img")
    code = ("with open('a.txt', 'w') as f:\n f.write('x' * 300)\n"
            "with open('b.bin', 'wb') as f:\n f.write(bytes(range(7)))\n")
    run(mbpy, "--flash", img, "-c", code)
    # pyboard.py and mpremote read the size from os.ilistdir's 4th element.
    r = run(mbpy, "--flash", img, "-c", PYBOARD_LS)
    suite.check("pyboard ls sizes", listing(r.stdout) == LS_L, (r.stdout, r.stderr))
    r = run(mbpy, "--flash", img, "-c", MPREMOTE_LS)
    suite.check("mpremote ls sizes",
                sorted(r.stdout.split("),")) == ["", "('a.txt', 32768, 0, 300", "('b.bin', 32768, 0, 7"],
                (r.stdout, r.stderr))
    b = PtyBoard(mbpy, img)
    try:
        env = {"MBIT_PORT": b.port}
        r = run(mbit, "fs", "ls", "-l", env=env)
        suite.check("fs ls -l via MBIT_PORT", r.returncode == 0 and listing(r.stdout) == LS_L,
                    (r.stdout, r.stderr))
        out = os.path.join(tmp, "got.bin")
        r = run(mbit, "fs", "get", "b.bin", "-o", out, "--port=" + b.port)
        suite.check("fs get -o", r.returncode == 0 and open(out, "rb").read() == bytes(range(7)), r.stderr)
        r = run(mbit, "fs", "get", "b.bin", "--output", "-", env=env)
        suite.check("fs get -o -", r.returncode == 0 and r.stdout == "\x00\x01\x02\x03\x04\x05\x06", repr(r.stdout))
        r = run(mbit, "fs", "get", "nope.txt", "-o", out, env=env)
        suite.check("fs get names the file once", r.returncode == 1 and r.stderr.startswith("mbit fs get: nope.txt: ")
                    and r.stderr.count("nope.txt") == 1, r.stderr)
        r = run(mbit, "fs", "put", os.path.join(tmp, "absent.py"), env=env)
        suite.check("fs put of a missing file", r.returncode == 1 and r.stderr.count("absent.py") == 1
                    and r.stderr.startswith("mbit fs put: "), r.stderr)
    finally:
        b.close()


def main():
    a, mbpy, mbit = checks.parse_args()
    suite = checks.Suite(a.verbose)
    tmp = tempfile.mkdtemp(prefix="mbpy-cli-")
    try:
        case_help(suite, mbpy, mbit)
        case_version(suite, mbpy, mbit)
        case_messages(suite, mbit, tmp)
        case_flash_hint(suite, mbpy, tmp)
        case_fs(suite, mbpy, mbit, tmp)
        if not os.path.exists(RUNTIME):
            suite.check("runtime installed", False, RUNTIME + " is missing (scripts/setup installs it)")
        else:
            case_opt_equals(suite, mbpy, mbit, tmp)
            case_no_hex_on_terminal(suite, mbit, tmp)
            case_default_runtime(suite, mbit, tmp)
            case_mode_kept(suite, mbit, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
