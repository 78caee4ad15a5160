# radio-style message protocol: encode/decode packets with checksums
def checksum(data):
    c = 0
    for b in data:
        c = (c + b) & 0xFF
    return c
def encode(kind, seq, payload):
    body = bytes([kind, seq]) + payload.encode()
    return body + bytes([checksum(body)])
def decode(pkt):
    body, c = pkt[:-1], pkt[-1]
    if checksum(body) != c:
        raise ValueError("bad checksum")
    return body[0], body[1], body[2:].decode()
msgs = [(1, 0, "hello"), (2, 1, "temp=21"), (1, 2, ""), (3, 255, "x" * 20)]
pkts = [encode(*m) for m in msgs]
for p in pkts:
    print(p, decode(p))
bad = bytearray(pkts[1])
bad[3] ^= 0x01
try:
    decode(bytes(bad))
except ValueError as e:
    print("rejected:", e)
seen = set()
for p in pkts + pkts[:2]:
    k = decode(p)[:2]
    print("dup" if k in seen else "new", k)
    seen.add(k)
