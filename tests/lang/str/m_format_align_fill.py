# str.format alignment with fill characters and nested widths
for v in ["x", "hello", 42, -3.5]:
    print("[{:<8}] [{:>8}] [{:^8}] [{:_^9}] [{:.<6}]".format(v, v, v, v, v))
print("[{:=+8}] [{:08.2f}] [{:>+8.1f}]".format(12, -3.14159, 2.25))
print("[{:{fill}{align}{width}}]".format("c", fill="~", align="^", width=7))
