# sys.exit / SystemExit inside try/finally, printing to stderr, exit code
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", e.code)
def cleanup():
    try:
        sys.exit(0)
    finally:
        print("finally before exit")
try:
    cleanup()
except SystemExit:
    print("exit propagated")
try:
    exit_ok = True
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
except Exception:
    print("not here")
print(type(sys.argv), sys.byteorder in ("little", "big"), sys.maxsize > 2 ** 30, type(sys.version).__name__)
print(sys.implementation.name in ("micropython", "cpython"), isinstance(sys.version_info[0], int), sys.version_info >= (3,))
print("exiting")
sys.exit(0)
print("never")
