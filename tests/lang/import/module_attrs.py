# module objects: attributes, setattr, dir membership
import _lib
print(type(_lib).__name__, hasattr(_lib, "VALUE"), "greet" in dir(_lib))
_lib.NEW = "added"
import _lib as again
print(again.NEW)
print(_lib.__name__)
