# AES-128 byte crunching: S-box built from GF(2^8) arithmetic, key expansion, CBC encryption of
# bytearray blocks, struct to read the result as words. Checked against the FIPS-197 test vector.
# quick-size: 20
import sys
import struct

N = int(sys.argv[1]) if len(sys.argv) > 1 else 12000  # 16-byte blocks


def xtime(a):
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def gmul(a, b):
    p = 0
    while b:
        if b & 1:
            p ^= a
        a = xtime(a)
        b >>= 1
    return p


def make_sbox():
    sbox = bytearray(256)
    for x in range(256):
        inv = 0
        if x:
            inv = 1
            # x^254 is the inverse in GF(2^8)
            e, base = 254, x
            while e:
                if e & 1:
                    inv = gmul(inv, base)
                base = gmul(base, base)
                e >>= 1
        s = inv
        for shift in range(1, 5):
            s ^= ((inv << shift) | (inv >> (8 - shift))) & 0xFF
        sbox[x] = s ^ 0x63
    return sbox


SBOX = make_sbox()
XT = bytearray(xtime(i) & 0xFF for i in range(256))


def expand_key(key):
    w = bytearray(key)
    rcon = 1
    while len(w) < 176:
        t = w[-4:]
        if len(w) % 16 == 0:
            t = bytearray((SBOX[t[1]] ^ rcon, SBOX[t[2]], SBOX[t[3]], SBOX[t[0]]))
            rcon = XT[rcon]
        for i in range(4):
            w.append(w[len(w) - 16] ^ t[i])
    return w


def encrypt_block(block, rk):
    s = bytearray(16)
    for i in range(16):
        s[i] = block[i] ^ rk[i]
    for rnd in range(1, 11):
        # SubBytes + ShiftRows (column-major state: byte r + 4c)
        t = bytearray(16)
        for c in range(4):
            for r in range(4):
                t[r + 4 * c] = SBOX[s[r + 4 * ((c + r) % 4)]]
        if rnd < 10:
            for c in range(4):
                a0, a1, a2, a3 = t[4 * c], t[4 * c + 1], t[4 * c + 2], t[4 * c + 3]
                x = a0 ^ a1 ^ a2 ^ a3
                t[4 * c] = a0 ^ x ^ XT[a0 ^ a1]
                t[4 * c + 1] = a1 ^ x ^ XT[a1 ^ a2]
                t[4 * c + 2] = a2 ^ x ^ XT[a2 ^ a3]
                t[4 * c + 3] = a3 ^ x ^ XT[a3 ^ a0]
        base = 16 * rnd
        for i in range(16):
            s[i] = t[i] ^ rk[base + i]
    return s


key = bytes(range(16))
rk = expand_key(key)
vector = encrypt_block(bytes.fromhex("00112233445566778899aabbccddeeff"), rk)
if bytes(vector) != bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a"):
    raise SystemExit("AES test vector failed")

iv = bytearray(16)
checksum = 0
data = bytearray(16)
for n in range(N):
    struct.pack_into("<IIII", data, 0, n, n * 3, n ^ 0x5A5A, 0xDEADBEEF)
    for i in range(16):
        data[i] ^= iv[i]
    iv = encrypt_block(data, rk)
    a, b, c, d = struct.unpack("<4I", iv)
    checksum = (checksum ^ a ^ (b >> 3) ^ (c << 1) ^ d) & 0xFFFFFFFF
print("aes", N, checksum, "".join("%02x" % b for b in iv[:4]))
