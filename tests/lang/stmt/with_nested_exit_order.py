# multiple context managers exit in reverse order, even on exceptions
log = []
class R:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter %d" % self.n)
        log.append("in%d" % self.n)
        return self
    def __exit__(self, *a):
        log.append("out%d" % self.n)

with R(1), R(2), R(3):
    log.append("body")
print(log)
log.clear()
try:
    with R(1), R(2, fail_enter=True), R(3):
        log.append("body")
except RuntimeError as e:
    log.append(str(e))
print(log)
log.clear()
try:
    with R(1) as a, R(2) as b:
        log.append(a.n + b.n)
        raise ValueError
except ValueError:
    log.append("caught")
print(log)
