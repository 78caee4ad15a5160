#!/usr/bin/env python3
"""Writes the runtime hex of an nRF51 image: make_hex.py IMAGE.elf OUT.hex

Laid out as the original v1 runtime hex (spec 3.1-3.2), so that uflash 1.x, @microbit/microbit-fs and
`mbit hex` take it as a MicroPython runtime: 16-byte data records from address 0 with extended linear
address (type 04) records, then the UICR block (`:020000041000EA` and two data records), the start linear
address (type 05) and EOF: the five lines uflash 1.x inserts an appended script in front of.
"""
import os
import subprocess
import sys
import tempfile

OBJCOPY = "arm-none-eabi-objcopy"
READELF = "arm-none-eabi-readelf"
OBJDUMP = "arm-none-eabi-objdump"
UICR_ADDR = 0x100010C0


def record(rtype, addr16, data):
    body = bytes([len(data), addr16 >> 8 & 0xFF, addr16 & 0xFF, rtype]) + data
    return ":%s%02X" % (body.hex().upper(), -sum(body) & 0xFF)


def data_records(addr, data):
    """Type 00 records of 16 bytes, with a type 04 record whenever the upper 16 address bits change."""
    lines, upper = [], None
    for off in range(0, len(data), 16):
        a = addr + off
        if a >> 16 != upper:
            upper = a >> 16
            lines.append(record(4, 0, upper.to_bytes(2, "big")))
        chunk = data[off:off + 16]
        # A record may not cross a 64 KiB boundary; 16-byte records from aligned starts never do.
        lines.append(record(0, a & 0xFFFF, chunk))
    return lines


def section_bytes(elf, args):
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "out.bin")
        subprocess.run([OBJCOPY, "-O", "binary", *args, elf, out], check=True)
        with open(out, "rb") as f:
            return f.read()


def flash_blocks(elf):
    """(load address, bytes) of each loaded section in flash, contiguous ones joined: gaps stay out of the
    hex (an image split around the filesystem must not fill the filesystem's pages)."""
    text = subprocess.run([OBJDUMP, "-h", elf], check=True, capture_output=True, text=True).stdout
    lines = text.splitlines()
    sections = []
    for i, line in enumerate(lines):
        f = line.split()
        if len(f) == 7 and f[0].isdigit() and i + 1 < len(lines):
            name, size, lma = f[1], int(f[2], 16), int(f[4], 16)
            flags = lines[i + 1]
            if size and "LOAD" in flags and "CONTENTS" in flags and lma < UICR_ADDR:
                sections.append((lma, name))
    blocks = []
    for lma, name in sorted(sections):
        data = section_bytes(elf, ["-j", name])
        if blocks and blocks[-1][0] + len(blocks[-1][1]) == lma:
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + data)
        else:
            blocks.append((lma, data))
    return blocks


def entry_point(elf):
    text = subprocess.run([READELF, "-h", elf], check=True, capture_output=True, text=True).stdout
    for line in text.splitlines():
        if "Entry point address" in line:
            return int(line.split(":")[1], 16)
    raise SystemExit("make_hex: no entry point in %s" % elf)


def main(argv):
    if len(argv) != 3:
        raise SystemExit(__doc__)
    elf, out = argv[1], argv[2]
    uicr = section_bytes(elf, ["-j", ".uicr"])
    if len(uicr) != 28:
        raise SystemExit("make_hex: %s has no 28-byte .uicr section" % elf)
    lines = []
    for addr, data in flash_blocks(elf):
        lines += data_records(addr, data)
    lines += data_records(UICR_ADDR, uicr)
    lines.append(record(5, 0, entry_point(elf).to_bytes(4, "big")))
    lines.append(record(1, 0, b""))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv)
