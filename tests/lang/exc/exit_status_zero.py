# sys.exit(0) is a normal end
import sys
print("bye")
sys.exit(0)
