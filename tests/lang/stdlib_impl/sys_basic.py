# sys: the parts that agree with CPython on the host.
import sys
print(type(sys.argv), len(sys.argv) >= 1, type(sys.argv[0]))
print(type(sys.path), 'sys' in sys.modules, sys.modules['sys'] is sys)
print(sys.byteorder, sys.maxsize == 2**63 - 1, sys.version_info[0], sys.version_info >= (3, 4))
print(type(sys.version), sys.platform in ("linux", "microbit"))  # the host's, the device's
n = sys.stdout.write("written\n")
print(n)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stdout.write("no newline")
sys.stdout.write("\n")
for code in (None, 0, 3, 'msg'):
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print('SystemExit', e.args, e.code if hasattr(e, 'code') else '')
sys.path.append('/nowhere')
import sys as again
print(again.path[-1], again is sys)
print(hasattr(sys, 'implementation'), hasattr(sys.implementation, 'name'))
