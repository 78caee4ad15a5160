# the builtins module exposes the builtin functions
import builtins
print(builtins.len is len, builtins.print is print, hasattr(builtins, "range"))
print(builtins.abs(-3), builtins.max(1, 2))
