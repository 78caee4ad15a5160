# os: listdir/getcwd are optional on a micro:bit; just check a file round-trip via open()
with open("_tmp_os_test.txt", "w") as f:
    f.write("line a\nline b\n")
with open("_tmp_os_test.txt") as f:
    print(f.read().splitlines())
with open("_tmp_os_test.txt", "w") as f:  # the micro:bit has no append mode: rewrite
    print(f.write("line a\nline b\nmore\n"))
with open("_tmp_os_test.txt", "rb") as f:
    print(f.read())
import os
os.remove("_tmp_os_test.txt")
try:
    open("_tmp_os_test.txt")
except OSError:
    print("OSError after remove")
