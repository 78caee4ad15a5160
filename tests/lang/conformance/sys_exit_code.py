# uncaught SystemExit with a code and a message: exit status and stderr text
import sys
print("before")
sys.exit("fatal: bye")
