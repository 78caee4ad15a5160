#!/usr/bin/env python3
"""The Python file API on the simulated flash: drives `mbpy --flash` with scripts in the style of the
micro:bit's own on-device filesystem tests (tests/test_files*.py of bbcmicrobit/micropython: many files,
interleaved writes, read-while-writing, remove during read/write, 40 overwrites, filling up), plus
persistence between runs, boot (main.py, appended script, --hex), and the host-isolation promise.

Each case is a script whose assertions run inside mbpy and which prints PASS at the end; the runner
checks the exit status and the output. Usage: python3 tests/suite_fsapi.py --build BUILD_DIR
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

FIRMWARE = "/usr/share/firmware-microbit-micropython/firmware.hex"

# ---- scripts run inside mbpy -------------------------------------------------------------------------

BASICS = r"""
import os
assert os.listdir() == []
with open('a.txt', 'w') as f:
    assert f.writable() and f.name() == 'a.txt'
    assert f.write('hello\nwörld\n') == 13
assert os.listdir() == ['a.txt'] and os.size('a.txt') == 13
with open('a.txt') as f:
    assert not f.writable()
    assert f.read(1) == 'h' and f.readline() == 'ello\n'
    assert f.read(2) == 'wö'          # text read counts characters
    assert f.read() == 'rld\n' and f.read() == ''
with open('a.txt', 'rb') as f:
    assert f.read() == b'hello\nw\xc3\xb6rld\n'
assert [l for l in open('a.txt')] == ['hello\n', 'wörld\n']
with open('b.bin', 'wb') as f:
    f.write(bytes(range(256)))
    f.write(bytearray(b'xyz'))
    try:
        f.write(memoryview(b'12345')[1:3])
    except NameError:  # a build without memoryview (MBPY_MEMORYVIEW)
        f.write(b'12345'[1:3])
with open('b.bin', 'rb') as f:
    buf = bytearray(10)
    assert f.readinto(buf) == 10 and buf == bytes(range(10))
    assert f.readinto(buf, 4) == 4 and buf[:4] == bytes(range(10, 14))
    rest = f.read()
    assert rest == bytes(range(14, 256)) + b'xyz23', rest[-6:]
assert os.size('b.bin') == 261
print(type(open('a.txt')).__name__, type(open('b.bin', 'rb')).__name__)
print('PASS')
"""

MODES = r"""
good = ['', 'r', 'w', 't', 'b', 'rt', 'tr', 'rb', 'br', 'wt', 'tw', 'wb', 'bw', 'a', 'ab', 'at', 'ba']
bad = ['+', 'x', 'rw', 'ra', 'aw', 'rr', 'bt', 'U', 'r+', 'a+', 'wbt', 'abt', 'tt']
open('m', 'w').close()
for m in good:
    f = open('m', m)
    f.close()
for m in bad:
    try:
        open('m', m)
        assert False, m
    except ValueError as e:
        assert str(e) == 'illegal mode', str(e)
print('PASS')
"""

APPEND = r"""
import os
with open('log', 'a') as f:                       # a missing file is created
    assert f.writable() and f.write('one\n') == 4
with open('log', 'a') as f:
    f.write('two\n')
    assert open('log').read() == 'one\n'          # until close the old content is the file
assert open('log').read() == 'one\ntwo\n' and os.size('log') == 8
with open('log', 'ab') as f:
    f.write(bytes(range(200)))                    # across chunk ends
assert open('log', 'rb').read() == b'one\ntwo\n' + bytes(range(200))
open('t', 'a').close()                            # mpremote's fs touch
assert os.size('t') == 0 and 't' in os.listdir()
# no room for the copy: OSError ENOSPC, and the file is kept whole
blocks = os.statvfs('')[3]
data = bytes(126 * blocks // 2 + 500)
with open('big', 'wb') as f:
    f.write(data)
try:
    open('big', 'ab')
    assert False
except OSError as e:
    assert e.errno == 28, e
assert os.size('big') == len(data)
# appended data that does not fit: ENOSPC, the old content stays
os.remove('big')
with open('big', 'wb') as f:
    f.write(bytes(1000))
f = open('big', 'ab')
try:
    f.write(bytes(126 * blocks))
    assert False
except OSError as e:
    assert e.errno == 28, e
f.close()
assert os.size('big') == 1000 and open('big', 'rb').read() == bytes(1000)
print('PASS')
"""

ERRORS = r"""
import os
def errno_of(fn):
    try:
        fn()
    except OSError as e:
        assert e.args == (e.errno,), e.args
        return e.errno
    return None
assert errno_of(lambda: open('missing')) == 2
assert errno_of(lambda: os.remove('missing')) == 2
assert errno_of(lambda: os.size('missing')) == 2
assert errno_of(lambda: os.stat('missing')) == 2
assert errno_of(lambda: open('x' * 121, 'w')) == 2     # over 120 bytes: ENOENT even for writing
open('x' * 120, 'w').close()
assert os.listdir() == ['x' * 120]
f = open('w.txt', 'w')
assert errno_of(lambda: f.read()) == 9                 # EBADF: wrong direction
f.close()
f = open('w.txt')
assert errno_of(lambda: f.write('no')) == 9
f.close()
for op in (lambda: f.read(), lambda: f.write('x'), lambda: f.readline(), lambda: f.name(),
           lambda: f.writable(), lambda: f.readinto(bytearray(2))):
    try:
        op()
        assert False
    except ValueError as e:
        assert str(e) == 'I/O operation on closed file'
f.close()                                              # harmless
try:
    open(1)
    assert False
except TypeError:
    pass
for p in ('/etc/passwd', '../../etc/passwd', '/tmp'):
    assert errno_of(lambda: open(p)) == 2
print('PASS')
"""

# tests/test_files.py style: small, binary, text; 80 files of 16 x 4 bytes; create/remove order.
MANY_FILES = r"""
import os
data = bytes(range(256)) * 3
with open('bin', 'wb') as f:
    f.write(data)
assert open('bin', 'rb').read() == data
names = []
for i in range(80):
    n = 'file%d.dat' % i
    with open(n, 'wb') as f:
        for j in range(16):
            f.write(bytes([i, j, i ^ j, 255 - i]))
    names.append(n)
for i, n in enumerate(names):
    with open(n, 'rb') as f:
        got = f.read()
    assert got == b''.join(bytes([i, j, i ^ j, 255 - i]) for j in range(16)), n
assert sorted(os.listdir()) == sorted(names + ['bin'])
for n in names[::2]:
    os.remove(n)
assert sorted(os.listdir()) == sorted(names[1::2] + ['bin'])
for n in names[1::2]:
    os.remove(n)
os.remove('bin')
assert os.listdir() == []
for i in range(120):
    open('f%d' % i, 'w').close()
assert len(os.listdir()) == 120 and all(os.size(n) == 0 for n in os.listdir())
for n in os.listdir():
    os.remove(n)
assert os.listdir() == []
print('PASS')
"""

# tests/test_files2.py style: two files written at once, 100-byte writes x 60, readinto.
INTERLEAVED = r"""
import os
a = open('a', 'wb')
b = open('b', 'wb')
for i in range(60):
    a.write(bytes([i % 256]) * 100)
    b.write(bytes([(i * 7) % 256]) * 100)
a.close()
b.close()
assert os.size('a') == 6000 and os.size('b') == 6000
buf = bytearray(100)
with open('a', 'rb') as fa, open('b', 'rb') as fb:
    for i in range(60):
        assert fa.readinto(buf) == 100 and buf == bytes([i % 256]) * 100, i
        assert fb.readinto(buf) == 100 and buf == bytes([(i * 7) % 256]) * 100, i
    assert fa.readinto(buf) == 0
print('PASS')
"""

# tests/test_files3.py style: read while writing, remove during read/write, 40 overwrites.
READ_WRITE = r"""
import os
w = open('grow', 'w')
for i in range(20):
    w.write('%04d' % i * 20)
    with open('grow') as r:
        seen = r.read()
    full = ''.join('%04d' % k * 20 for k in range(i + 1))
    assert full.startswith(seen), i                    # readers see a prefix (completed chunks)
w.close()
assert open('grow').read() == full
r = open('grow')
r.read(10)
os.remove('grow')
try:
    r.read()
    assert False
except OSError as e:
    assert e.errno == 9
w = open('gone', 'w')
w.write('abc')
os.remove('gone')
try:
    w.write('x' * 300)
    assert False
except OSError as e:
    assert e.errno == 9
for i in range(40):
    with open('over', 'w') as f:
        f.write(str(i) * (50 + i * 40))
    assert open('over').read() == str(i) * (50 + i * 40), i
assert os.listdir() == ['over']
print('PASS')
"""

FILL = r"""
import os
with open('keep', 'w') as f:
    f.write('precious')
st = os.statvfs('')
assert st[0] == 128 and st[2] == 216 and st[3] == 215, st
f = open('big', 'wb')
n = 0
try:
    while True:
        f.write(b'z' * 100)
        n += 100
except OSError as e:
    assert e.errno == 28, e
assert 'big' not in os.listdir()                       # the partial file is deleted
try:
    f.write(b'1')
    assert False
except ValueError:
    pass                                               # and its handle closed
assert n > 26000, n
assert open('keep').read() == 'precious'
assert os.statvfs('')[3] == 215
# the largest file that fits (statvfs arithmetic, docs/files.md), then one byte more
most = 126 * os.statvfs('')[3] - len('big') - 3
with open('big', 'wb') as f:
    f.write(b'q' * most)
assert os.size('big') == most and most >= n
os.remove('big')
try:
    with open('big', 'wb') as f:
        f.write(b'q' * (most + 1))
    assert False
except OSError as e:
    assert e.errno == 28
assert os.listdir() == ['keep']
for i in range(40):
    with open('log', 'w') as f:
        f.write('y' * 12000)
assert os.size('log') == 12000
print('PASS')
"""

IMPORT = r"""
with open('mymod.py', 'w') as f:
    f.write('VALUE = 7\ndef twice(x):\n    return 2 * x\n')
import mymod
assert mymod.VALUE == 7 and mymod.twice(21) == 42
assert mymod.__file__ == 'mymod.py'
import os, uos
assert os.listdir is uos.listdir or os.listdir() == uos.listdir()
print('PASS')
"""

STAT_UNAME = r"""
import os
with open('s', 'w') as f:
    f.write('12345')
assert os.stat('s') == (0x8000, 0, 0, 0, 0, 0, 5, 0, 0, 0)
assert list(os.ilistdir()) == [('s', 0x8000, 0, 5)]
u = os.uname()
assert u.sysname == 'microbit' and u[0] == 'microbit' and len(u) == 5
assert repr(u).startswith("(sysname='microbit', nodename='microbit', release=")
print('PASS')
"""

PERSIST_WRITE = r"""
with open('kept.txt', 'w') as f:
    f.write('survives a power cycle\n')
print('PASS')
"""
PERSIST_READ = r"""
import os
assert os.listdir() == ['kept.txt'], os.listdir()
assert open('kept.txt').read() == 'survives a power cycle\n'
print('PASS')
"""

# ---- runner ----------------------------------------------------------------------------------------------


class Suite:
    def __init__(self, mbpy, mbit, tmp):
        self.mbpy, self.mbit, self.tmp = mbpy, mbit, tmp
        self.passed = self.failed = self.skipped = 0

    def run(self, args, stdin=b"", timeout=60, cwd=None):
        p = subprocess.run([self.mbpy] + args, input=stdin, capture_output=True, timeout=timeout,
                           cwd=cwd or self.tmp)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def script(self, name, text, flash=None, expect="PASS"):
        path = os.path.join(self.tmp, name + ".py")
        with open(path, "w") as f:
            f.write(text)
        args = (["--flash", flash] if flash else []) + [path]
        rc, out, err = self.run(args)
        self.check(name, rc == 0 and out.strip().endswith(expect), "rc=%d\n%s%s" % (rc, out, err))
        return out

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print("ok   " + name)
        else:
            self.failed += 1
            print("FAIL " + name + "\n  " + detail.replace("\n", "\n  "))

    def skip(self, name, why):
        self.skipped += 1
        print("skip %s (%s)" % (name, why))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    opts = ap.parse_args()
    mbpy = os.path.abspath(os.path.join(opts.build, "mbpy"))
    mbit = os.path.abspath(os.path.join(opts.build, "mbit"))
    if not os.path.exists(mbpy):
        print("no %s\n0 passed, 1 failed, 0 skipped" % mbpy)
        return 1
    tmp = tempfile.mkdtemp(prefix="mbpy-fsapi-")
    s = Suite(mbpy, mbit, tmp)
    try:
        cases(s, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed, %d skipped" % (s.passed, s.failed, s.skipped))
    return 1 if s.failed else 0


def cases(s, tmp):
    fl = lambda n: os.path.join(tmp, n + ".flash")
    # A fresh blank board every run without --flash.
    out = s.script("basics", BASICS)
    s.check("file types", "TextIO BytesIO" in out, out)
    s.script("basics_again_fresh_board", BASICS)
    for name, text in [("modes", MODES), ("errors", ERRORS), ("many_files", MANY_FILES),
                       ("interleaved", INTERLEAVED), ("read_write_remove_overwrite", READ_WRITE),
                       ("fill_enospc", FILL), ("import_from_flash", IMPORT), ("stat_uname", STAT_UNAME),
                       ("append", APPEND)]:
        s.script(name, text, flash=fl(name))
        s.check(name + " image size", os.path.getsize(fl(name)) == 256 * 1024 + 1024)
    s.script("persist_write", PERSIST_WRITE, flash=fl("persist"))
    s.script("persist_read", PERSIST_READ, flash=fl("persist"))

    # Scripts touch nothing on the host: no file appears next to the flash image or in the cwd.
    before = sorted(os.listdir(tmp))
    s.script("host_isolation", "with open('host_escape.txt','w') as f:\n    f.write('x')\nopen('../escape','w').close()\n"
             "print('PASS')\n", flash=fl("iso"))
    after = sorted(os.listdir(tmp))
    s.check("no host file written", set(after) - set(before) <= {"host_isolation.py", "iso.flash"},
            str(set(after) - set(before)))

    # Boot: main.py from the flash, then exit (stdin is not a terminal).
    s.script("write_main", "with open('main.py','w') as f:\n    f.write('import os\\nprint(\"booted\", os.listdir())\\n')\n"
             "print('PASS')\n", flash=fl("boot"))
    rc, out, err = s.run(["--flash", fl("boot")])
    s.check("boot runs main.py", rc == 0 and out == "booted ['main.py']\n", out + err)
    rc, out, err = s.run(["--flash", fl("boot"), "-c", "print('program wins')"])
    s.check("a program instead of main.py", out == "program wins\n", out + err)
    s.script("main_raises", "with open('main.py','w') as f:\n    f.write('x = 1\\nraise ValueError(\"boom\")\\n')\nprint('PASS')\n",
             flash=fl("boot2"))
    rc, out, err = s.run(["--flash", fl("boot2")])
    s.check("main.py traceback", rc == 1 and "ValueError: boom" in err and 'File "__main__", line 2' in err,
            out + err)

    # Bad flash files are refused, not overwritten.
    bad = os.path.join(tmp, "bad.flash")
    with open(bad, "wb") as f:
        f.write(b"\0" * 1000)
    rc, out, err = s.run(["--flash", bad, "-c", "print(1)"])
    s.check("wrong-size flash file refused", rc == 2 and "not a micro:bit flash image" in err
            and os.path.getsize(bad) == 1000, err)

    # A power cut (kill -9) while a file is being written: the closed file survives, the image mounts.
    cut = fl("cut")
    s.script("cut_setup", "with open('safe','w') as f:\n    f.write('S' * 3000)\nprint('PASS')\n", flash=cut)
    p = subprocess.Popen([s.mbpy, "--flash", cut, "-c",
                          "import os\nwhile True:\n"
                          "    f = open('busy', 'w')\n    f.write('B' * 2000)\n    f.close()\n"
                          "    os.remove('busy')\n"], cwd=tmp)
    time.sleep(1.0)
    s.check("writer still running at the cut", p.poll() is None)
    p.send_signal(signal.SIGKILL)
    p.wait()
    s.script("cut_recovers", "import os\nassert open('safe').read() == 'S' * 3000\n"
             "assert set(os.listdir()) <= {'safe', 'busy'}\nwith open('after','w') as f:\n    f.write('ok')\n"
             "assert open('after').read() == 'ok'\nprint('PASS')\n", flash=cut)

    # Hex boot (needs the real runtime hex and mbit).
    if not (os.path.exists(FIRMWARE) and os.path.exists(s.mbit)):
        s.skip("hex boot", "no %s or mbit" % FIRMWARE)
        return
    main_py = os.path.join(tmp, "main.py")
    helper = os.path.join(tmp, "helper.py")
    with open(main_py, "w") as f:
        f.write("import os, helper\nprint('hex main', sorted(os.listdir()), helper.X)\n")
    with open(helper, "w") as f:
        f.write("X = 42\n")
    hexf = os.path.join(tmp, "prog.hex")
    subprocess.run([s.mbit, "hex", "build", "--runtime", FIRMWARE, main_py, "--add", helper, "-o", hexf],
                   check=True, capture_output=True)
    board = fl("hexboard")
    s.script("hexboard_old_files", "open('old','w').close()\nprint('PASS')\n", flash=board)
    rc, out, err = s.run(["--hex", hexf, "--flash", board])
    s.check("--hex boots main.py, erases old files", out == "hex main ['helper.py', 'main.py'] 42\n", out + err)
    rc, out, err = s.run(["--flash", board])
    s.check("hex board keeps its files", out == "hex main ['helper.py', 'main.py'] 42\n", out + err)
    rc, out, err = s.run(["--flash", board, "-c", "import os; print(os.statvfs('')[2])"])
    s.check("filesystem region from the hex's UICR", rc == 0 and out.strip() == expected_chunks(s, hexf),
            out + err)
    appended = os.path.join(tmp, "app.hex")
    with open(os.path.join(tmp, "app.py"), "w") as f:
        f.write("print('appended script runs')\n")
    r = subprocess.run([s.mbit, "hex", "build", "--runtime", FIRMWARE, "--appended",
                        os.path.join(tmp, "app.py"), "-o", appended], capture_output=True)
    if r.returncode != 0:
        s.skip("appended script boot", r.stderr.decode()[:200])
    else:
        rc, out, err = s.run(["--hex", appended])
        s.check("appended script boots", out == "appended script runs\n", out + err)
    rc, out, err = s.run(["--hex", os.path.join(tmp, "prog.py.missing")])
    s.check("missing hex is an error", rc == 2 and "mbpy:" in err, err)


def expected_chunks(s, hexf):
    info = subprocess.run([s.mbit, "hex", "info", hexf], capture_output=True, text=True).stdout
    for line in info.splitlines():
        if "filesystem:" in line and "chunks" in line:
            return line.split(",")[1].split()[0]
    return "?"


if __name__ == "__main__":
    sys.exit(main())
