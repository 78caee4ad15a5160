# subclassing builtin types
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list))
class MyDict(dict):
    def __missing__(self, k):
        return "missing " + str(k)
d = MyDict(a=1)
print(d["a"], d["b"])
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", len(s))
class MyInt(int):
    pass
print(MyInt(5) + 2, MyInt("7"))
class MyExc(Exception):
    pass
try:
    raise MyExc("custom", 1)
except Exception as e:
    print(type(e).__name__, e.args)
