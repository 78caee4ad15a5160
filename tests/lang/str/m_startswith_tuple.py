# startswith/endswith with tuples and ranges
names = ["main.py", "test_main.py", "README", "image.png", "data.csv", ""]
for n in names:
    print(repr(n), n.startswith("test"), n.endswith((".py", ".csv")), n.startswith(("i", "R")), n.endswith("py", 0, 4), n.startswith("", 100))
