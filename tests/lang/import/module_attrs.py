# module objects: attributes, setattr, dir membership
import _helper
print(type(_helper).__name__, hasattr(_helper, "VALUE"), "greet" in dir(_helper))
_helper.NEW = "added"
import _helper as again
print(again.NEW)
print(_helper.__name__)
