#!/usr/bin/python3
"""The byte sequences that pyboard.py, mpremote and microfs send (spec 4.5, 4.6), over pyserial, with a
client that reads slowly. Run under Debian's /usr/bin/python3 (python3-serial); tests/suite_pty.py drives it.

    serial_tools.py PORT big FILE      print 84 KB; get FILE (on the board) with each tool's sequence, put
                                       4 KB of it as g.bin with mpremote's
    serial_tools.py PORT leave         start a long print, read a little, close the port mid-output
    serial_tools.py PORT alive         run one line in the raw REPL
Each check prints one line "PASS name" or "FAIL name: why".
"""

import ast
import sys
import time

import serial

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"
# 2000 lines of 42 bytes (with \r\n): 84 KB, past the ~20 KB a Linux pty buffers and past 64 KB.
BIG_PROGRAM = "for i in range(2000):\n    print('line %04d' % i, 'x' * 30)\n"
BIG_OUTPUT = b"".join(b"line %04d %s\r\n" % (i, b"x" * 30) for i in range(2000))
# Marker files written by the programs below once all their output is out (the suite looks for them).
LEAVE_MARKER = "'LEAVE-' + 'DONE'"


class SlowPort:
    """pyserial, reading at most ~100 KB/s: the board must wait for us (a Linux pty holds ~20 KB)."""

    def __init__(self, port):
        self.s = serial.Serial(port, 115200, timeout=1, parity="N")
        self.count = 0
        self.next_pause = 1024

    def write(self, b):
        self.s.write(b)

    def in_waiting(self):
        return self.s.in_waiting

    def read(self, n):
        b = self.s.read(n)
        self.count += len(b)
        while self.count >= self.next_pause:
            time.sleep(0.01)
            self.next_pause += 1024
        return b

    def reset_input_buffer(self):
        self.s.reset_input_buffer()

    def read_until(self, marker):
        """pyserial's read_until (what microfs uses): one byte at a time, gives up after 1 s of silence."""
        got = b""
        while not got.endswith(marker):
            c = self.read(1)
            if not c:
                break
            got += c
        return got

    def close(self):
        self.s.close()


class PyboardError(Exception):
    pass


class Pyboard:
    """pyboard.py's raw-REPL client; with raw_paste=True it is what mpremote runs (raw-paste uploads)."""

    def __init__(self, port, raw_paste):
        self.serial = port
        self.use_raw_paste = raw_paste

    def read_until(self, min_num_bytes, ending, timeout=10, data_consumer=None):
        data = self.serial.read(min_num_bytes)
        timeout_count = 0
        while True:
            if data.endswith(ending):
                break
            elif self.serial.in_waiting() > 0:
                data = data + self.serial.read(1)
                timeout_count = 0
            else:
                timeout_count += 1
                if timeout is not None and timeout_count >= 100 * timeout:
                    break
                time.sleep(0.01)
        return data

    def enter_raw_repl(self, soft_reset=True):
        self.serial.write(b"\r\x03")
        n = self.serial.in_waiting()
        while n > 0:
            self.serial.read(n)
            n = self.serial.in_waiting()
        self.serial.write(b"\r\x01")
        if soft_reset:
            data = self.read_until(1, RAW_BANNER + b">")
            if not data.endswith(RAW_BANNER + b">"):
                raise PyboardError("could not enter raw repl: %r" % data[-60:])
            self.serial.write(b"\x04")
            data = self.read_until(1, b"soft reboot\r\n")
            if not data.endswith(b"soft reboot\r\n"):
                raise PyboardError("could not enter raw repl (soft reboot): %r" % data[-60:])
        data = self.read_until(1, RAW_BANNER)
        if not data.endswith(RAW_BANNER):
            raise PyboardError("could not enter raw repl: %r" % data[-60:])

    def exit_raw_repl(self):
        self.serial.write(b"\r\x02")

    def raw_paste_write(self, command_bytes):
        data = self.serial.read(2)
        window_size = data[0] | data[1] << 8
        window_remain = window_size
        i = 0
        while i < len(command_bytes):
            while window_remain == 0 or self.serial.in_waiting():
                data = self.serial.read(1)
                if data == b"\x01":
                    window_remain += window_size
                elif data == b"\x04":
                    self.serial.write(b"\x04")
                    return
                else:
                    raise PyboardError("unexpected read during raw paste: {}".format(data))
            b = command_bytes[i : min(i + window_remain, len(command_bytes))]
            self.serial.write(b)
            window_remain -= len(b)
            i += len(b)
        self.serial.write(b"\x04")
        data = self.read_until(1, b"\x04")
        if not data.endswith(b"\x04"):
            raise PyboardError("could not complete raw paste: {}".format(data))

    def exec_raw_no_follow(self, command):
        command_bytes = command.encode("utf8")
        data = self.read_until(1, b">")
        if data != b">":
            raise PyboardError("could not enter raw repl: %r" % data)
        if self.use_raw_paste:
            self.serial.write(b"\x05A\x01")
            data = self.serial.read(2)
            if data == b"R\x01":
                return self.raw_paste_write(command_bytes)
            raise PyboardError("the board has no raw-paste: %r" % data)
        for i in range(0, len(command_bytes), 256):
            self.serial.write(command_bytes[i : min(i + 256, len(command_bytes))])
            time.sleep(0.01)
        self.serial.write(b"\x04")
        data = self.serial.read(2)
        if data != b"OK":
            raise PyboardError("could not exec command (response: %r)" % data)

    def follow(self, timeout):
        data = self.read_until(1, b"\x04", timeout=timeout)
        if not data.endswith(b"\x04"):
            raise PyboardError("timeout waiting for first EOF reception (%d bytes)" % len(data))
        data_err = self.read_until(1, b"\x04", timeout=timeout)
        if not data_err.endswith(b"\x04"):
            raise PyboardError("timeout waiting for second EOF reception")
        return data[:-1], data_err[:-1]

    def exec_(self, command, timeout=10):
        self.exec_raw_no_follow(command)
        out, err = self.follow(timeout)
        if err:
            raise PyboardError("exception", out, err)
        return out

    def fs_put(self, data, dest, chunk_size=256):
        self.exec_("f=open('%s','wb')\nw=f.write" % dest)
        for i in range(0, len(data), chunk_size):
            self.exec_("w(" + repr(data[i : i + chunk_size]) + ")")
        self.exec_("f.close()")

    def fs_get(self, src, expr, chunk_size=256):
        """pyboard.py: print(r(256)); mpremote's eval: print(repr(r(256))). Either way literal_eval."""
        self.exec_("f=open('%s','rb')\nr=f.read" % src)
        got = bytearray()
        while True:
            data = self.exec_(expr % chunk_size)
            if not data.endswith(b"\r\n"):
                raise PyboardError("fs_get: no line end: %r" % data[-40:])
            data = ast.literal_eval(str(data[:-2], "ascii"))
            if not data:
                break
            got += data
        self.exec_("f.close()")
        return bytes(got)


# ---- microfs 1.4.5 (spec 4.5) -----------------------------------------------------------------------

def raw_on(s):
    s.write(b"\x02")
    for _ in range(3):
        s.write(b"\r\x03")
        time.sleep(0.01)
    s.reset_input_buffer()
    s.write(b"\r\x01")
    if not s.read_until(RAW_BANNER + b">").endswith(RAW_BANNER + b">"):
        raise IOError("Could not enter raw REPL.")
    s.write(b"\x04")
    if not s.read_until(b"soft reboot\r\n").endswith(b"soft reboot\r\n"):
        raise IOError("Could not enter raw REPL.")
    if not s.read_until(RAW_BANNER + b">").endswith(RAW_BANNER + b">"):
        raise IOError("Could not enter raw REPL.")
    s.reset_input_buffer()


def execute(s, commands):
    raw_on(s)
    time.sleep(0.1)
    result = b""
    for command in commands:
        b = command.encode("utf-8")
        for i in range(0, len(b), 32):
            s.write(b[i : i + 32])
            time.sleep(0.01)
        s.write(b"\x04")
        response = s.read_until(b"\x04>")
        out, err = response[2:-2].split(b"\x04", 1)
        result += out
        if err:
            return b"", err
    time.sleep(0.1)
    s.write(b"\x02")
    return result, b""


def microfs_get(s, filename):
    commands = [
        "\n".join([
            "try:",
            " from microbit import uart as u",
            "except ImportError:",
            " try:",
            "  from machine import UART",
            "  u = UART(0, 115200)",
            " except Exception:",
            "  try:",
            "   from sys import stdout as u",
            "  except Exception:",
            "   raise Exception('Could not find UART module in device.')"]),
        "f = open('{}', 'rb')".format(filename),
        "r = f.read",
        "result = True",
        "while result:\n result = r(32)\n if result:\n  u.write(repr(result))\n",
        "f.close()",
    ]
    out, err = execute(s, commands)
    if err:
        raise IOError(err.decode("utf-8", "replace"))
    if not (out.startswith(b"b'") and out.endswith(b"'")):
        raise IOError("microfs get: unexpected output %r ... %r" % (out[:40], out[-40:]))
    out = out[2:-1].replace(b"'b'", b"")
    return ast.literal_eval("b'" + out.decode("ascii") + "'")


def microfs_ls(s):
    out, err = execute(s, ["import os", "print(os.listdir())"])
    if err:
        raise IOError(err.decode("utf-8", "replace"))
    return ast.literal_eval(out.decode("utf-8"))


# ---- scenarios -------------------------------------------------------------------------------------

def check(name, fn):
    try:
        why = fn()
    except Exception as e:  # a tool's error is the failure to report
        why = "%s: %s" % (type(e).__name__, e)
    print(("FAIL %s: %s" % (name, why)) if why else ("PASS " + name), flush=True)


def scenario_big(port, path):
    data = open(path, "rb").read()
    name = path.rsplit("/", 1)[-1]
    s = SlowPort(port)
    pyb = Pyboard(s, raw_paste=False)
    mpr = Pyboard(s, raw_paste=True)

    def diff(got, want):
        if got == want:
            return ""
        k = next((i for i in range(min(len(got), len(want))) if got[i] != want[i]), min(len(got), len(want)))
        return "got %d bytes, want %d; first difference at %d" % (len(got), len(want), k)

    def pyboard_print():
        pyb.enter_raw_repl()
        return diff(pyb.exec_(BIG_PROGRAM, timeout=10), BIG_OUTPUT)

    def mpremote_print():
        return diff(mpr.exec_(BIG_PROGRAM, timeout=10), BIG_OUTPUT)

    def mpremote_put():
        part = data[:4096]  # f.bin and a copy would not both fit in the flash
        mpr.fs_put(part, "g.bin")
        return diff(mpr.fs_get("g.bin", "print(repr(r(%u)))"), part)

    check("pyboard_print_84k", pyboard_print)
    check("mpremote_print_84k", mpremote_print)
    check("pyboard_get", lambda: diff(pyb.fs_get(name, "print(r(%u))"), data))
    check("mpremote_get", lambda: diff(mpr.fs_get(name, "print(repr(r(%u)))"), data))
    check("mpremote_put", mpremote_put)
    pyb.exit_raw_repl()
    def ls():
        names = microfs_ls(s)
        return "" if sorted(names) == sorted([name, "g.bin"]) else "listed %r" % names

    check("microfs_ls", ls)
    check("microfs_get", lambda: diff(microfs_get(s, name), data))
    s.close()


def scenario_leave(port):
    s = SlowPort(port)
    pyb = Pyboard(s, raw_paste=False)
    pyb.enter_raw_repl()
    prog = ("for i in range(5000):\n    print('leave %04d' % i, 'y' * 30)\n"
            "with open('marker', 'w') as f:\n    f.write(" + LEAVE_MARKER + ")\n")
    pyb.exec_raw_no_follow(prog)
    got = s.read(1024)
    s.close()  # mid-output: the board must go on without us
    print(("PASS" if len(got) == 1024 else "FAIL") + " leave_read_some: %d bytes" % len(got), flush=True)


def scenario_alive(port):
    s = SlowPort(port)
    pyb = Pyboard(s, raw_paste=False)

    def answers():
        pyb.enter_raw_repl()
        out = pyb.exec_("print(6 * 7)")
        pyb.exit_raw_repl()
        return "" if out == b"42\r\n" else "got %r" % out

    check("board_answers", answers)
    s.close()


def main():
    port, what = sys.argv[1], sys.argv[2]
    if what == "big":
        scenario_big(port, sys.argv[3])
    elif what == "leave":
        scenario_leave(port)
    elif what == "alive":
        scenario_alive(port)
    else:
        sys.exit("unknown scenario " + what)


if __name__ == "__main__":
    main()
