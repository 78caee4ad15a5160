# str/repr/format of ints
for v in (0, 7, -7, 123456, -2 ** 31, 2 ** 64, -(10 ** 50) - 1):
    print(str(v), repr(v), "%d" % v, "{}".format(v), f"{v}", format(v, ""), format(v, "d"))
print(str(10 ** 100))
print(len(str(2 ** 10000)), str(2 ** 10000)[:20], str(2 ** 10000)[-20:])
print(int(str(3 ** 500)) == 3 ** 500)
