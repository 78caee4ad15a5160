# SystemExit raised deep inside calls still ends the program with its code after finally blocks run
import sys
def inner():
    try:
        sys.exit(4)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
print("unreachable")
