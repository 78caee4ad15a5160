# Without MBPY_SYS_EXTRA (the device, as the original firmware): sys has version, version_info,
# implementation, platform, byteorder, exit and print_exception, and no argv, path, modules, maxsize or
# standard streams.
import sys

for name in ("argv", "path", "modules", "maxsize", "stdin", "stdout", "stderr", "tracebacklimit"):
    print(name, hasattr(sys, name))
print(sys.byteorder, sys.version_info[0], sys.implementation.name)


class Out:
    def write(self, s):
        print("write", s.rstrip().split("\n")[-1])  # the first lines name the file


try:
    raise ValueError(3)
except ValueError as e:
    sys.print_exception(e, Out())
try:
    sys.exit(2)
except SystemExit as e:
    print("SystemExit", e.args)
