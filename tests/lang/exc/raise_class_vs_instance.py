# raising a class instantiates it; args and identity
class E(Exception):
    inits = 0
    def __init__(self, *a):
        E.inits += 1
        super().__init__(*a)
try:
    raise E
except E as e:
    print(type(e).__name__, e.args, E.inits)
inst = E("x")
try:
    raise inst
except E as e:
    print(e is inst, E.inits)
try:
    raise E("y") from E("z")
except E as e:
    print(e.args, e.__cause__.args, E.inits)
