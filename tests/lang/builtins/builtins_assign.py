# `builtins.x = ...` adds a builtin every module and function sees; replacing one replaces it everywhere,
# deleting it removes it; a global of the same name still comes first.
import builtins

builtins.answer = 42
print(answer)

def f():
    return answer

print(f(), eval("answer"), eval("answer", {}))
exec("print(answer + 1)", {})

saved = builtins.len
builtins.len = lambda x: "patched"
print(len([1, 2]), f.__class__.__name__)

def g(s):
    return len(s)

print(g("abc"))
builtins.len = saved
print(len([1, 2]), g("abc"))

answer = "global"
print(answer, f())
del answer
print(answer)

del builtins.answer
try:
    print(answer)
except NameError:
    print("NameError")
try:
    f()
except NameError:
    print("NameError in f")
print(hasattr(builtins, "answer"), "print" in dir(builtins), builtins.__name__)
