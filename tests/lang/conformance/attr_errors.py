# attribute errors: property without setter/deleter, wrong call arity, builtin instances
class P:
    @property
    def v(self): return 1
p = P()
try:
    p.v = 2
except AttributeError as e:
    print("AE", e)
try:
    del p.v
except AttributeError as e:
    print("AE del")
class M:
    def m(self): pass
try:
    M().m(1)
except TypeError as e:
    print("TE")
try:
    M.m()
except TypeError as e:
    print("TE2")
class N:
    def __init__(self, a): pass
try:
    N()
except TypeError as e:
    print("TE3")
try:
    object().x = 1
except AttributeError as e:
    print("AE obj", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AE int")
try:
    "s".x = 1
except AttributeError as e:
    print("AE str", e)
