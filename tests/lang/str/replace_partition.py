# replace partition rpartition startswith endswith removeprefix removesuffix
s = "one two one two"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("", "-"), s.replace("x", "y"), "aaa".replace("a", "bb"))
print(s.partition(" "), s.rpartition(" "), s.partition("zz"), s.rpartition("zz"), "a=b=c".partition("="))
print(s.startswith("one"), s.startswith("two"), s.startswith(("x", "one")), s.endswith("two"), s.endswith("o", 0, 3))
print(s.startswith("two", 4), s.endswith(("a", "b")), "".startswith(""), "abc".endswith(""))
print("test_file.py".removeprefix("test_"), "test_file.py".removesuffix(".py"), "abc".removeprefix("x"))
try:
    s.partition("")
except ValueError:
    print("ValueError")
