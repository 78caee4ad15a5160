# growing a structure until memory runs out must raise MemoryError, never crash
import sys
if sys.implementation.name == "cpython":
    # CPython would eat the whole machine; show what mbpy must print
    print("MemoryError caught")
    print("recovered", 10)
else:
    chunks = []
    try:
        while True:
            chunks.append(bytearray(1 << 16))
    except MemoryError:
        chunks = None
        print("MemoryError caught")
    print("recovered", len([0] * 10))
