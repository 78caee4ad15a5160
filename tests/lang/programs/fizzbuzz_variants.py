# fizzbuzz several ways
def fb1(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
def fb2(n):
    s = ("Fizz" if n % 3 == 0 else "") + ("Buzz" if n % 5 == 0 else "")
    return s or str(n)
def fb3(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    return "".join(w for d, w in rules if n % d == 0) or str(n)
print(" ".join(fb1(i) for i in range(1, 31)))
print(all(fb1(i) == fb2(i) for i in range(1, 500)))
print([fb3(i) for i in range(100, 110)], fb3(105))
