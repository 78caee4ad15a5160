# % with a conversion character it does not know: ValueError naming the character (itself where it is
# printable ASCII, else '?'), its code in hex and its index in characters, as CPython.
for f in ["%y", "%\x01", "ab%\u00e9", "%5\u20ac", "\u00e9\u00e9%~", b"%y", "%"]:
    try:
        print(f % 1)
    except ValueError as e:
        print("ValueError", e)
