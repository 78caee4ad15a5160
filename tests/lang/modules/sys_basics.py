# sys module attributes that every implementation has
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_basics.py"))
print(sys.byteorder in ("little", "big"), sys.maxsize >= 2 ** 31 - 1, type(sys.maxsize).__name__)
print(sys.implementation.name in ("cpython", "micropython", "mbpy"), type(sys.version).__name__)
print(sys.version_info[0], sys.version_info >= (3, 4), type(sys.path).__name__, type(sys.modules).__name__)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "read"), type(sys.platform).__name__)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("sys" in sys.modules)
