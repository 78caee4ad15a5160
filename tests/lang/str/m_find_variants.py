# find/index/count with negative and out-of-range bounds
s = "abracadabra"
for sub in ["a", "bra", "abra", "z", "", "ra"]:
    print(sub, s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.find(sub, -4), s.rfind(sub, 0, 5), s.find(sub, 20), s.count(sub, 2, -2))
