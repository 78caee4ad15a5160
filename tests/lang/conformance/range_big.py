# ranges whose bounds exceed a machine word: indexing, membership, iteration, index, len overflow
big = range(10**20)
print(big, big[-1], 10**19 in big, big[10**19], bool(big), big.start, big.stop, big.step)
r = range(-10**20, 10**20, 3 * 10**18)
print(r, len(list(r)), list(r)[:3], r[2], r[-1], 0 in r, -10**20 in r, 10**20 in r, r.index(-10**20 + 3 * 10**18))
print(list(range(2**64, 2**64 + 3)), list(range(2**64 + 3, 2**64, -1)), range(0, 2**70, 2**68)[3])
try:
    len(big)
except OverflowError as e:
    print("OverflowError")
try:
    big[10**20]
except IndexError as e:
    print("IndexError", e)
print(range(-2**62, 2**62)[-1], list(range(10**20, 0))[:1], bool(range(10**20, 0)), range(5, 10**20, 10**19)[1])
for i in range(2**65, 2**65 + 2):
    print(i)
print(sum(range(10**18, 10**18 + 3)), reversed(range(3)) is not None)
try:
    range(0, 10**20, 0)
except ValueError as e:
    print("ValueError", e)
