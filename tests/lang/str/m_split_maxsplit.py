# split/rsplit with maxsplit and whitespace runs
s = "  a  b   c d  "
for n in (-1, 0, 1, 2, 10):
    print(n, s.split(None, n), s.rsplit(None, n), s.split(" ", n), s.rsplit(" ", n))
print("a,b,c".split(",", maxsplit=1), "a,b,c".rsplit(",", maxsplit=1))
print("x".split("x"), "xx".split("x"), "axbxc".split("x", 0))
