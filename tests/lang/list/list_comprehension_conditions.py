# comprehension filters and conditional expressions together
nums = range(-5, 6)
print([n for n in nums if n > 0], [n if n > 0 else 0 for n in nums], [abs(n) for n in nums if n % 2])
print([(n, "even" if n % 2 == 0 else "odd") for n in range(4)])
print([c for c in "Hello World" if c.isupper()], [w[0] for w in "a bb ccc".split() if len(w) > 1])
print([[c for c in w] for w in ["ab", "c"]])
