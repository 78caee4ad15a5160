# hasattr on builtin types' methods
checks = [([], "append"), ([], "add"), ({}, "keys"), (set(), "add"), ("", "join"), (b"", "decode"), (1, "bit_length"),
          (1.0, "is_integer"), ((), "count"), (range(1), "index"), (None, "x")]
for obj, name in checks:
    print(type(obj).__name__, name, hasattr(obj, name))
