# collections.deque and OrderedDict
from collections import deque, OrderedDict
d = deque([], 3)
for i in range(5):
    d.append(i)
print(list(d), len(d))
print(d.popleft(), list(d))
d.appendleft(9) if hasattr(d, "appendleft") else None
print(len(d))
q = deque((), 10)
q.append("a"); q.append("b")
print(q.popleft(), q.popleft(), len(q))
try:
    q.popleft()
except IndexError:
    print("IndexError empty deque")
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()), list(od.items()))
od.pop("a")
od["a"] = 4
print(list(od))
