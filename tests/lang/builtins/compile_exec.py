# compile() then exec/eval the code object
c = compile("x = 3 * 7", "<test>", "exec")
ns = {}
exec(c, ns)
print(ns["x"])
e = compile("2 ** 8", "<test>", "eval")
print(eval(e))
try:
    compile("def (", "<s>", "exec")
except SyntaxError:
    print("SyntaxError")
