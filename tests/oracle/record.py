#!/usr/bin/env python3
"""Record (or re-check) byte-exact REPL transcripts of the real micro:bit MicroPython v1.0.1 in qemu.

    python3 tests/oracle/record.py                 # record every case into tests/oracle/transcripts/
    python3 tests/oracle/record.py ctrl_c tab_     # only cases whose name starts with these prefixes
    python3 tests/oracle/record.py --check         # re-record and compare with the stored files
Each case boots a fresh qemu, then for each step writes the bytes (paced) and reads until the line has
been quiet for `quiet` seconds. The case table lives in transcript_cases.py.
"""

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import upy_qemu  # noqa: E402
from transcript_cases import CASES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "transcripts")
QUIET = 0.4  # seconds of silence that end a step; the firmware answers a keystroke within ~1 ms


def b2s(b):
    """bytes -> JSON-safe str, one code point per byte (latin-1), so json.dumps escapes controls."""
    return b.decode("latin-1")


def s2b(s):
    return s.encode("latin-1")


def record_case(case):
    steps = []
    with upy_qemu.Device() as dev:
        steps.append({"send": "", "recv": b2s(dev.banner + dev.read_quiet(QUIET))})
        for st in case["steps"]:
            if isinstance(st, bytes):
                st = {"send": st}
            dev.write(st["send"], st.get("chunk"), st.get("delay"))
            if st.get("sleep"):
                time.sleep(st["sleep"])
            got = dev.read_quiet(st.get("quiet", QUIET), st.get("timeout", 15.0))
            step = {"send": b2s(st["send"]), "recv": b2s(got)}
            if st.get("chunk"):
                step["chunk"] = st["chunk"]
                step["delay"] = st.get("delay", upy_qemu.PACE_DELAY)
            if st.get("note"):
                step["note"] = st["note"]
            steps.append(step)
    return {
        "name": case["name"],
        "about": case["about"],
        "firmware": "micro:bit MicroPython v1.0.1 (core v1.9.2-34-gd64154c73), Debian firmware-microbit-micropython",
        "how": "fresh qemu boot (0xFF-padded flash); step 0 is the boot output; each step: write send "
               "(slices of `chunk` bytes, `delay` s apart; default 32 / 0.01), then read until %.1f s of "
               "silence" % QUIET,
        "steps": steps,
    }


def load(path):
    """Load a transcript: list of (send bytes, recv bytes); step 0 is (b'', boot output)."""
    with open(path) as f:
        doc = json.load(f)
    return [(s2b(s["send"]), s2b(s["recv"])) for s in doc["steps"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prefix", nargs="*")
    ap.add_argument("--check", action="store_true", help="compare with stored transcripts, write nothing")
    ap.add_argument("--show", action="store_true", help="print stored transcripts as SEND/RECV lines")
    a = ap.parse_args()
    if a.show:
        for case in CASES:
            if a.prefix and not any(case["name"].startswith(p) for p in a.prefix):
                continue
            print("### %s: %s" % (case["name"], case["about"]))
            for send, recv in load(os.path.join(OUT_DIR, case["name"] + ".json")):
                print("  SEND %r\n  RECV %r" % (send, recv) if send else "  BOOT %r" % recv)
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    bad = 0
    for case in CASES:
        if a.prefix and not any(case["name"].startswith(p) for p in a.prefix):
            continue
        doc = record_case(case)
        path = os.path.join(OUT_DIR, case["name"] + ".json")
        if a.check:
            old = load(path)
            new = [(s2b(s["send"]), s2b(s["recv"])) for s in doc["steps"]]
            ok = old == new
            bad += not ok
            print("%-40s %s" % (case["name"], "same" if ok else "DIFFERENT"))
            if not ok:
                for i, (o, n) in enumerate(zip(old, new)):
                    if o != n:
                        print("   step %d\n    stored %r\n    now    %r" % (i, o[1], n[1]))
        else:
            with open(path, "w") as f:
                json.dump(doc, f, indent=1, ensure_ascii=True)
                f.write("\n")
            print("recorded", case["name"], len(doc["steps"]) - 1, "steps")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
