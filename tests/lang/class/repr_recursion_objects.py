# repr of containers holding objects with custom reprs
class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "P<%d>" % self.n
data = {"ps": [P(1), P(2)], "t": (P(3),), "d": {P(4).n: P(5)}}
print(data)
print([P(i) for i in range(3)], str([P(9)]), "%s" % [P(0)], "{}".format((P(7),)))
