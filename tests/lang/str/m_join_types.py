# join over various iterables
print("".join(["a", "b"]), ", ".join(("x", "y", "z")), "-".join(c for c in "abc"), "+".join({"k": 1}), " ".join([]))
print("\n".join(["line1", "line2"]))
print("".join(map(str, range(10))), "".join(reversed("abc")), "::".join(["only"]))
for bad in [[1], ["a", None], ["a", b"b"]]:
    try:
        "".join(bad)
    except TypeError:
        print("TypeError", type(bad[-1]).__name__)
