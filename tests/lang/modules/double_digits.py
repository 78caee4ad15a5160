# arrays and struct with values that only a double holds (past float32's range, its digits)
import array
import struct
print(array.array("d", [1e308])[0], array.array("f", [0.1])[0])
for order in "<>!":
    p = struct.pack(order + "d", 1e300)
    print(order + "d", p, struct.unpack(order + "d", p)[0] == 1e300)
