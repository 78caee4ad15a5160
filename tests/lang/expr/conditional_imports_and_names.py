# names bound conditionally and checked with globals()
if "math" not in globals():
    import math
print("math" in globals(), math.floor(2.5))
flag = False
if flag:
    maybe = 1
print("maybe" in globals(), globals().get("maybe", "absent"))
