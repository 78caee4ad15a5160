# operators between strings and numbers
print("3" * 3, 3 * "3", "3" + "3", int("3") + 3, float("3") * 2, str(3) * 2)
print("%d" % 3 + "3", "a" "b" * 2, ("a" + "b") * 2)
print("abc" < "abd" < "b", "a" * 0 == "", "x" in "x" * 5)
for op in ("+", "-", "*", "/"):
    try:
        print(eval("'a' " + op + " 1"))
    except TypeError:
        print(op, "TypeError")
