# sys.tracebacklimit: at most that many traceback entries, the most recent; 0 or less: none (nor the
# header), only the exception. The last one here is uncaught. CPython prints source lines (MicroPython
# does not): expected output in the .exp.
import sys

def f1():
    raise ValueError("deep")

def f2():
    f1()

def f3():
    f2()

for limit in [10, 2, 1, 0, -1]:
    sys.tracebacklimit = limit
    try:
        f3()
    except ValueError as e:
        print("limit", limit)
        sys.print_exception(e)
sys.tracebacklimit = "x"  # not an int: no limit
try:
    f3()
except ValueError as e:
    sys.print_exception(e)
sys.tracebacklimit = 2
f3()
