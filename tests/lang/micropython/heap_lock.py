# heap_lock()/heap_unlock()/heap_locked(): while locked, allocation raises MemoryError; locks nest and
# heap_unlock() returns the depth left. Code that does not allocate still runs: while loops and
# small-int arithmetic, indexing existing lists and buffers, storing into a bytearray, len() and methods
# that make nothing, raising a pre-made exception. (for loops, slices and calls of Python functions
# allocate in mbpy: docs/known-differences.md.) MicroPython's .exp.
import micropython

l = []
l2 = list(range(100))
buf = bytearray(8)
err = ValueError("made before")
total = 0
depth = left = x = i = None  # globals made before: storing a new one may grow the dict
micropython.heap_lock()
micropython.heap_lock()
depth = micropython.heap_locked()
try:
    x = []
except MemoryError:
    total += 1
try:
    l.extend(l2)
except MemoryError:
    total += 10
try:
    x = {"a": 1}
except MemoryError:
    total += 20
i = 0
while i < len(l2):
    total += l2[i] * 2 - i  # the sum of 0..99 in the end
    i += 1
buf[0] = 97
buf[5] = buf[0] // 10 + l2.index(3)
try:
    raise err
except ValueError:
    total += 1000
print(total)
left = micropython.heap_unlock()
try:
    x = {}
except MemoryError:
    total += 100000
micropython.heap_unlock()
print(depth, left, micropython.heap_locked(), total, l, buf)
print(micropython.heap_unlock(), [])
