# instances gain attributes dynamically; class-level defaults
class Rec:
    x = 0
    y = 0
r = Rec()
r.x = 5
print(r.x, r.y, Rec.x)
r.z = "new"
print(r.z)
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
head = None
for v in range(5):
    head = Node(v, head)
vals = []
while head:
    vals.append(head.val)
    head = head.nxt
print(vals)
