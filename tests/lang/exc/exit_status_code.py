# sys.exit with a code ends the program with that status
import sys
print("before exit")
sys.exit(7)
print("not printed")
