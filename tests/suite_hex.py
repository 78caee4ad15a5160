#!/usr/bin/env python3
"""Hex suite: `mbit hex` against the real tools.

Oracles (installed by scripts/setup, never committed): Debian's uflash 1.2.4 (appended script embed and
extract, run with /usr/bin/python3), @microbit/microbit-fs 0.10.0 through Node (filesystem images for
v1, v2 and Universal Hex), the real MicroPython v1.0.1 runtime firmware.hex and its example scripts.
Synthetic v1/v2 runtimes are made here. Prints "N passed, N failed, N skipped"; exits 1 on failure.
MBPY_FULL=1 also runs every example script through every mode.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INTEROP = os.path.join(ROOT, "tests", "interop")
HAVE_NODE = bool(shutil.which("node")) and os.path.isdir(os.path.join(INTEROP, "node_modules", "@microbit", "microbit-fs"))
FIRMWARE = "/usr/share/firmware-microbit-micropython/firmware.hex"
EXAMPLES = "/usr/share/doc/firmware-microbit-micropython/examples"
SYS_PY = "/usr/bin/python3"  # Debian's python has the uflash module
FULL = os.environ.get("MBPY_FULL") == "1"

passed = failed = skipped = 0
TMP = tempfile.mkdtemp(prefix="suite_hex_")
MBIT = None


def report(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def skip(name, why):
    global skipped
    skipped += 1
    print(f"SKIP {name}: {why}")


def path(name):
    return os.path.join(TMP, name.replace("/", "_"))


def write(name, data):
    p = path(name)
    with open(p, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return p


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def mbit(*args):
    return run([MBIT, *args])


# ---- an independent Intel HEX decoder (not the one under test) ----

def records(text):
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        b = bytes.fromhex(line[1:])
        assert sum(b) & 0xFF == 0, "checksum: " + line
        yield b[3], (b[1] << 8) | b[2], b[4:-1]


def images(text):
    """{board_id: [(start, bytes), ...] merged runs}; board 0 for a plain hex."""
    mem = {}
    board, base = 0, 0
    for rtype, off, data in records(text):
        if rtype == 0x01:
            break
        if rtype == 0x04:
            base = int.from_bytes(data, "big") << 16
        elif rtype == 0x02:
            base = int.from_bytes(data, "big") << 4
        elif rtype == 0x0A:
            board = int.from_bytes(data[:2], "big")
        elif rtype in (0x00, 0x0D):
            m = mem.setdefault(board, {})
            for i, v in enumerate(data):
                assert base + off + i not in m, "overlap"
                m[base + off + i] = v
    out = {}
    for b, m in mem.items():
        runs = []
        for a in sorted(m):
            if runs and runs[-1][0] + len(runs[-1][1]) == a:
                runs[-1][1].append(m[a])
            else:
                runs.append([a, bytearray([m[a]])])
        out[b] = [(a, bytes(d)) for a, d in runs]
    return out


def same_images(a_text, b_text):
    a, b = images(a_text), images(b_text)
    if a.keys() != b.keys():
        return False, f"boards {sorted(a)} vs {sorted(b)}"
    for k in a:
        ra, rb = a[k], b[k]
        if ra != rb:
            ia = [(hex(s), len(d)) for s, d in ra]
            ib = [(hex(s), len(d)) for s, d in rb]
            if ia != ib:
                return False, f"board {k:#x}: regions {ia} vs {ib}"
            for (s, da), (_, db) in zip(ra, rb):
                if da != db:
                    i = next(i for i in range(len(da)) if da[i] != db[i])
                    return False, f"board {k:#x}: first difference at {s + i:#x}"
    return True, ""


# ---- synthetic runtimes ----

def rec(rtype, off, data):
    b = bytes([len(data), off >> 8, off & 0xFF, rtype]) + bytes(data)
    return ":" + b.hex().upper() + "%02X" % (-sum(b) & 0xFF)


def to_hex(blocks, start_linear=None):
    lines = []
    for addr, data in blocks:
        ela = None
        for i in range(0, len(data), 16):
            a = addr + i
            if a >> 16 != ela:
                ela = a >> 16
                lines.append(rec(4, 0, ela.to_bytes(2, "big")))
            lines.append(rec(0, a & 0xFFFF, data[i:i + 16]))
    if start_linear is not None:
        lines.append(rec(5, 0, start_linear.to_bytes(4, "big")))
    lines.append(":00000001FF")
    return "\n".join(lines) + "\n"


def synthetic_v1(pages=227, version=b"synthetic v1.0.1"):
    code = bytearray((i * 7 + 3) & 0xFF for i in range((pages - 1) * 1024 + 100))
    code[0x1000:0x1000 + len(version) + 1] = version + b"\0"
    uicr = (0x17EEB07C).to_bytes(4, "little") + b"\xff" * 4 + (10).to_bytes(4, "little")
    uicr += (0).to_bytes(2, "little") + pages.to_bytes(2, "little") + b"\xff" * 4
    uicr += (0x1000).to_bytes(4, "little") + b"\0" * 4
    return to_hex([(0, bytes(code)), (0x100010C0, uicr)], 0x00018E21)


def synthetic_v2(version=b"micro:bit v2.0.99+synthetic"):
    code = bytearray((i * 5 + 1) & 0xFF for i in range(0x20000))
    code[0x100:0x100 + len(version) + 1] = version + b"\0"
    rows = b""
    for rid, ht, page, length, h in ((1, 0, 1, 0x1B000, 0), (2, 2, 0x1C, 0x45F24, 0x1C100), (3, 0, 0x6D, 0x6000, 0)):
        rows += bytes([rid, ht]) + page.to_bytes(2, "little") + length.to_bytes(4, "little")
        rows += h.to_bytes(8, "little")
    header = (0x597F30FE).to_bytes(4, "little") + (1).to_bytes(2, "little") + (48).to_bytes(2, "little")
    header += (3).to_bytes(2, "little") + (12).to_bytes(2, "little") + (0xC1B1D79D).to_bytes(4, "little")
    table = rows + header
    return to_hex([(0x1C000, bytes(code)), (0x62000 - len(table), table)])


# ---- oracles ----

def node(*args):
    return run(["node", os.path.join(INTEROP, "hex_fs.js"), *args], cwd=INTEROP)


def stage_files(case, files):
    """Writes files into their own folder; returns [(name, path)]."""
    d = path("files_" + case)
    os.makedirs(d, exist_ok=True)
    out = []
    for name, data in files:
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        out.append((name, p))
    return out


def mbit_build(runtime, staged, out):
    args = ["hex", "build", "--runtime", runtime, "-o", out]
    for name, p in staged:
        if name == "main.py" and p == staged[0][1]:
            args.append(p)
        else:
            args += ["--add", p]
    return mbit(*args)


def read(p):
    with open(p) as f:
        return f.read()


def check_fs_case(tag, runtimes, files, expect_fit=True, too_long_by=None):
    """runtimes: [runtime.hex] or [v1.hex, v2.hex] (then the mbit runtime is their Universal Hex)."""
    name = f"{tag}"
    staged = stage_files(tag, files)
    spec = [f"{n}={p}" for n, p in staged]
    ref = path(tag + ".ref.hex")
    if len(runtimes) == 1:
        o = node("build", runtimes[0], ref, *spec)
        rt = runtimes[0]
    else:
        o = node("build-uh", runtimes[0], runtimes[1], ref, *spec)
        rt = path(tag + ".runtime_uh.hex")
        j = run(["node", os.path.join(INTEROP, "hex_uh.js"), "join", *runtimes], cwd=INTEROP)
        write(tag + ".runtime_uh.hex", j.stdout)
    ours = path(tag + ".mbit.hex")
    if os.path.exists(ours):
        os.remove(ours)
    m = mbit_build(rt, staged, ours)
    if not expect_fit:
        report(name + " (microbit-fs refuses)", o.returncode != 0, o.stderr.decode())
        msg = m.stderr.decode()
        ok = m.returncode == 1 and not os.path.exists(ours)
        if too_long_by is not None:
            ok = ok and f"{too_long_by} byte" in msg
        report(name + " (mbit refuses, says by how much, writes nothing)", ok, msg)
        return
    if o.returncode != 0:
        report(name, False, "microbit-fs failed: " + o.stderr.decode())
        return
    if m.returncode != 0:
        report(name, False, "mbit failed: " + m.stderr.decode())
        return
    ok, why = same_images(read(ref), read(ours))
    report(name + " (same memory image as microbit-fs)", ok, why)
    # microbit-fs reads our files back
    ls = node("ls", runtimes[0] if len(runtimes) == 1 else rt, ours) if len(runtimes) == 1 else None
    if ls is not None:
        got = json.loads(ls.stdout or b"{}") if ls.returncode == 0 else None
        want = {n: d.hex() for n, d in files}
        report(name + " (microbit-fs reads mbit's files)", got == want, ls.stderr.decode() or str(got)[:200])
    # round trip through mbit itself
    ok = True
    for n, d in files:
        g = mbit("hex", "get", ours, n)
        ok = ok and g.returncode == 0 and g.stdout == d
    lsm = mbit("hex", "ls", ours)
    ok = ok and lsm.stdout.decode().split("\n")[:-1] == [n for n, _ in files]
    if files and files[0][0] == "main.py":
        e = mbit("hex", "extract", ours)
        ok = ok and e.stdout == files[0][1]
    report(name + " (round trip: ls/get/extract give the files back)", ok, lsm.stdout.decode()[:200])
    info = mbit("hex", "info", ours)
    report(name + " (info)", info.returncode == 0 and b"files: %d" % len(files) in info.stdout, info.stderr.decode())


def fs_capacity(runtime_hex, board=0):
    info = mbit("hex", "info", runtime_hex).stdout.decode()
    chunks = [int(l.split(",")[1].split()[0]) for l in info.splitlines() if l.strip().startswith("filesystem:")]
    return min(chunks)


def test_filesystem(runtimes):
    body = b"from microbit import *\ndisplay.scroll('Hello, World!')\n"
    many = [("main.py", body)] + [(f"file{i}.txt" if i % 2 else f"m{i}.py", bytes((i * 37 + k) & 0xFF for k in range(i * 97 + 1)))
                                  for i in range(1, 12)]
    for tag, rts in runtimes.items():
        check_fs_case(tag + "/main.py", rts, [("main.py", body)])
        check_fs_case(tag + "/many", rts, many)
        # main.py's first chunk holds 126 - 2 - 7 = 117 bytes: 116 leaves room for the padding byte,
        # 117 ends exactly on the chunk boundary (the extra empty chunk), 243 ends the second chunk.
        for n in (116, 117, 118, 243):
            check_fs_case(f"{tag}/boundary{n}", rts, [("main.py", b"x" * (n - 1) + b"\n")])
        long_name = "n" * 120
        check_fs_case(tag + "/name120", rts, [(long_name, b"data")])
        cap = fs_capacity(path(tag + "/main.py.runtime_uh.hex") if len(rts) > 1 else rts[0])
        largest = cap * 126 - 10
        check_fs_case(tag + "/largest", rts, [("main.py", b"a" * largest)])
        check_fs_case(tag + "/largest+1", rts, [("main.py", b"a" * (largest + 1))], expect_fit=False, too_long_by=1)
        # rm / put compact like microbit-fs: compare with microbit-fs building the resulting file set
        base = path(tag + "/many".replace("/", "_") + ".edit.hex")
        mb = mbit_build(rts[0] if len(rts) == 1 else path(tag + "/largest.runtime_uh.hex"),
                        stage_files(tag + "_editbase", many), base)
        if mb.returncode != 0:
            report(tag + "/rm", False, mb.stderr.decode())
            continue
        rmd = path(tag.replace("/", "_") + ".rm.hex")
        r = mbit("hex", "rm", base, "file3.txt", "m4.py", "-o", rmd)
        rest = [f for f in many if f[0] not in ("file3.txt", "m4.py")]
        check_against(tag + "/rm", rts, rest, rmd, r)
        alld = path(tag + ".rmall.hex")
        ra = mbit("hex", "rm", rmd, *[n for n, _ in rest], "-o", alld)
        check_against(tag + "/rm-all", rts, [], alld, ra)
        putd = path(tag.replace("/", "_") + ".put.hex")
        newf = write("new.bin", bytes(range(256)) * 3)
        p = mbit("hex", "put", rmd, newf, "-o", putd)
        check_against(tag + "/put", rts, rest + [("new.bin", bytes(range(256)) * 3)], putd, p)
        put2 = path(tag.replace("/", "_") + ".put2.hex")
        newmain = write("main.py", b"print('replaced')\n" * 20)
        p2 = mbit("hex", "put", putd, newmain, "-o", put2)
        replaced = [("main.py", b"print('replaced')\n" * 20)] + rest[1:] + [("new.bin", bytes(range(256)) * 3)]
        check_against(tag + "/put-replace", rts, replaced, put2, p2)


def check_against(name, rts, files, ours, proc):
    if proc.returncode != 0:
        report(name, False, proc.stderr.decode())
        return
    staged = stage_files(name.replace("/", "_") + "_ref", files)
    ref = path(name.replace("/", "_") + ".ref.hex")
    spec = [f"{n}={p}" for n, p in staged]
    o = node("build", rts[0], ref, *spec) if len(rts) == 1 else node("build-uh", rts[0], rts[1], ref, *spec)
    if o.returncode != 0:
        report(name, False, "microbit-fs: " + o.stderr.decode())
        return
    ok, why = same_images(read(ref), read(ours))
    report(name + " (same memory image as microbit-fs)", ok, why)


# ---- uflash 2.x script_to_fs, written from spec 3.4 (uflash 2 is not packaged) ----

def script_to_fs(script, board_id):
    script = script.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    if board_id == 0x9900:
        start, end, rtype = 0x38C00, 0x3F800, 0x00
    elif board_id == 0x9903:
        start, end, rtype = 0x6D000, 0x72000, 0x0D
    else:
        raise ValueError(board_id)
    if len(script) >= ((end - start) // 128) * 126 - 9:
        raise ValueError("too big")
    chunk = b"\xFE\xFF\x07main.py" + script[:117]
    script = script[117:]
    chunks = [bytearray(chunk + b"\xFF" * (128 - len(chunk)))]
    while script:
        idx = len(chunks) + 1
        chunks[-1][-1] = idx
        chunk = bytes([idx - 1]) + script[:126]
        script = script[126:]
        chunks.append(bytearray(chunk + b"\xFF" * (128 - len(chunk))))
    end_off = (len(chunk) - 1) % 126
    chunks[0][1] = end_off
    if end_off == 0:
        chunks[-1][-1] = len(chunks) + 1
        chunks.append(bytearray(bytes([len(chunks)]) + b"\xFF" * 127))

    def ihex(addr, data):
        out, ela = [rec(4, 0, (addr >> 16).to_bytes(2, "big"))], addr >> 16
        for i in range(0, len(data), 16):
            if (addr >> 16) != ela:
                ela = addr >> 16
                out.append(rec(4, 0, ela.to_bytes(2, "big")))
            out.append(rec(rtype, addr & 0xFFFF, data[i:i + 16]))
            addr += 16
        return out

    return ihex(start, b"".join(chunks)) + ihex(end, b"\xFD")


def test_uflash2_records(v1_rt, v2_rt):
    rt = path("u2.runtime_uh.hex")
    j = run(["node", os.path.join(INTEROP, "hex_uh.js"), "join", v1_rt, v2_rt], cwd=INTEROP)
    write("u2.runtime_uh.hex", j.stdout)
    for n in (1, 50, 117, 300, 5000):
        script = (b"print('uflash 2')\n" * 400)[:n - 1] + b"\n"
        src = write("u2.py", script)
        out = path(f"u2_{n}.hex")
        m = mbit("hex", "build", "--runtime", rt, src, "-o", out)
        text = read(out) if m.returncode == 0 else ""
        for board in (0x9900, 0x9903):
            want = "\n".join(script_to_fs(script, board))
            report(f"uflash2 script_to_fs records, {n} bytes, board {board:#x}", want in text,
                   m.stderr.decode() or "records not found in output")
    # The v1 spare-page marker record the spec quotes.
    report("uflash2 spare-page record :01F80000FD0A", ":020000040003F7\n:01F80000FD0A\n" in read(path("u2_1.hex")))


# ---- uflash 1.2.4 appended scripts ----

UFLASH_ORACLE = r"""
import json, sys, uflash
rt = open(sys.argv[1]).read()
out = {}
for p in json.loads(sys.argv[2]):
    s = open(p, 'rb').read()
    try:
        out[p] = {'hex': uflash.embed_hex(rt, uflash.hexlify(s))}
    except ValueError as e:
        out[p] = {'error': str(e)}
for p in json.loads(sys.argv[3]):
    out[p] = {'extract': uflash.extract_script(open(p).read())}
print(json.dumps(out))
"""


def uflash_available():
    return os.path.exists(SYS_PY) and run([SYS_PY, "-c", "import uflash"]).returncode == 0


def test_uflash1(runtime):
    scripts = []
    if os.path.isdir(EXAMPLES):
        names = sorted(os.listdir(EXAMPLES))
        scripts = [os.path.join(EXAMPLES, n) for n in (names if FULL else names[:8]) if n.endswith(".py")]
    scripts.append(write("crlf.py", b"a = 1\r\nb = 2\rprint(a + b)\r\n"))
    scripts.append(write("unicode.py", "print('h\u00e9llo \u2603')\n".encode()))
    scripts.append(write("max.py", b"#" * 8170 + b"\n"))
    scripts.append(write("max1.py", b"#" * 8171 + b"\n"))
    ours = {}
    for s in scripts:
        o = path(os.path.basename(s) + ".app.hex")
        if os.path.exists(o):
            os.remove(o)
        ours[s] = (mbit("hex", "build", "--runtime", runtime, "--appended", s, "-o", o), o)
    made = [o for s, (m, o) in ours.items() if m.returncode == 0]
    res = run([SYS_PY, "-c", UFLASH_ORACLE, runtime, json.dumps(scripts), json.dumps(made)])
    if res.returncode != 0:
        report("uflash oracle", False, res.stderr.decode())
        return
    want = json.loads(res.stdout)
    for s in scripts:
        m, o = ours[s]
        w = want[s]
        name = "uflash1 embed " + os.path.basename(s)
        if "error" in w:
            ok = m.returncode == 1 and not os.path.exists(o) and b"1 bytes too long" in m.stderr
            report(name + " (both refuse)", ok, m.stderr.decode())
            continue
        report(name + " (identical hex text)", m.returncode == 0 and read(o) == w["hex"], m.stderr.decode())
        # uflash extracts our hex; we extract uflash's hex
        norm = open(s, "rb").read().replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        report(name + " (uflash extracts it)", want.get(o, {}).get("extract", "").encode() == norm)
        ref = write(os.path.basename(s) + ".uflash.hex", w["hex"])
        e = mbit("hex", "extract", ref)
        report(name + " (mbit extracts uflash's)", e.returncode == 0 and e.stdout == norm, e.stderr.decode())
    # microbit-fs reads the appended script of our hex
    if not HAVE_NODE:
        skip("microbit-fs reads mbit's appended script", "node or tests/interop/node_modules missing")
        return
    o = ours[scripts[-3]][1]
    a = node("appended", o)
    report("microbit-fs reads mbit's appended script", a.stdout.decode() == read(scripts[-3]).replace("\0", ""))


# ---- errors: a line number and what is wrong, nothing written ----

def test_errors(runtime):
    good = read(runtime).splitlines()
    cases = {
        "bad checksum": (good[:5] + [good[5][:-2] + ("00" if good[5][-2:] != "00" else "01")] + good[6:], "line 6: bad checksum"),
        "truncated": (good[:-1], "truncated"),
        "bad record": (good[:3] + ["1000000000"] + good[4:], "line 4: record does not start with ':'"),
        "overlap": (good[:4] + [good[2]] + good[4:], "line 5: overlapping data"),
    }
    main = write("err_main.py", b"print(1)\n")
    for name, (lines, want) in cases.items():
        src = write("err.hex", "\n".join(lines) + "\n")
        out = path("err_out.hex")
        if os.path.exists(out):
            os.remove(out)
        for cmd in (["hex", "build", "--runtime", src, main, "-o", out], ["hex", "info", src]):
            m = mbit(*cmd)
            err = m.stderr.decode()
            report(f"error {name} ({cmd[1]})", m.returncode == 1 and want in err and not os.path.exists(out), err)


def main():
    global MBIT
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    a = ap.parse_args()
    MBIT = os.path.abspath(os.path.join(a.build, "mbit"))
    if not os.path.exists(MBIT):
        skip("all", MBIT + " not built")
        print(f"{passed} passed, {failed} failed, {skipped} skipped")
        return 0
    v1s = write("synthetic_v1.hex", synthetic_v1())
    v2s = write("synthetic_v2.hex", synthetic_v2())
    runtimes = {"v1-synthetic": [v1s], "v2-synthetic": [v2s], "universal": [v1s, v2s]}
    if os.path.exists(FIRMWARE):
        runtimes["v1-firmware"] = [FIRMWARE]
        if FULL:  # the synthetic Universal Hex already covers this in the quick run
            runtimes["universal-firmware"] = [FIRMWARE, v2s]
    else:
        skip("real firmware", FIRMWARE + " missing (run scripts/setup)")
    if HAVE_NODE:
        test_filesystem(runtimes)
        test_uflash2_records(v1s, v2s)
    else:
        skip("microbit-fs", "node or tests/interop/node_modules missing (run scripts/setup)")
    if uflash_available() and os.path.exists(FIRMWARE):
        test_uflash1(FIRMWARE)
    else:
        skip("uflash", "Debian python3-uflash or the firmware missing")
    test_errors(FIRMWARE if os.path.exists(FIRMWARE) else v1s)
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
