# mutating set methods return None
s = {1, 2}
print(s.add(3), s.discard(1), s.update([4]), s.clear(), s)
s = {1, 2, 3}
print(s.intersection_update({2, 3, 4}), sorted(s))
print(s.difference_update({2}), sorted(s))
print(s.symmetric_difference_update({3, 5}), sorted(s))
