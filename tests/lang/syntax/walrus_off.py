# Without MBPY_WALRUS (the device, as the original firmware): `:=` is a SyntaxError that says so.
for src in ("(y := 1)", "x := 1", "[z := 2 for q in ()]", "if (n := 3) > 2: pass", "f(a := 1)"):
    try:
        exec(src)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.args[0])
print("{:=+5}".format(3))  # `:=` in a format spec is not an assignment expression
