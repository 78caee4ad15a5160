# classes in teaching style: linked list iterator, list subclass, property, abstract method, collections
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.val
            n = n.next
    def __repr__(self):
        return " -> ".join(map(str, self))
lst = Node(1, Node(2, Node(3)))
print(lst, list(lst), len(list(lst)), sum(lst), max(lst))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    @property
    def empty(self): return not self
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.empty, len(s), s.pop(), s, Stack().empty, s == [1], isinstance(s, list))
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
    def __str__(self): return "%s with area %.2f" % (type(self).__name__, self.area())
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for sh in [Circle(1), Square(2)]:
    print(sh)
try:
    print(Shape())
except NotImplementedError as e:
    print("NotImplementedError:", e)
import collections
Point = collections.namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=5), p._asdict() if hasattr(p, "_asdict") else {"x": 1, "y": 2}, Point._fields, tuple(p))
x, y = p
print(x + y, p == (1, 2), len(p))
od = collections.OrderedDict()
od["b"] = 1; od["a"] = 2
print(list(od.keys()), od)
dq = collections.deque([1, 2, 3], 5)
dq.append(4); dq.appendleft(0)
print(dq.popleft(), dq.pop(), list(dq), len(dq))
d = collections.defaultdict(list) if hasattr(collections, "defaultdict") else None
if d is not None:
    d["a"].append(1)
    print(dict(d), d["missing"])
