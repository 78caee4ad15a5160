# SystemExit is catchable and carries its code
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code if hasattr(e, "code") else e.args[0])
try:
    raise SystemExit("msg")
except SystemExit as e:
    print(e.args)
try:
    sys.exit()
except SystemExit as e:
    print("args", e.args)
try:
    sys.exit(0)
except Exception:
    print("not an Exception")
except BaseException:
    print("is a BaseException")
