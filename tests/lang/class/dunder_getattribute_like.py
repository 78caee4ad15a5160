# __getattr__ only runs for missing attributes
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
print(p.calls)
