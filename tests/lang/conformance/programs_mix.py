# a bigger program mixing classes, generators, closures, exceptions, formatting
class Account:
    _next_id = 1
    def __init__(self, holder, balance=0):
        self.holder = holder
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return "Account(%r, %d)" % (self.holder, self.balance)

class InsufficientFunds(Exception):
    def __init__(self, acct, amount):
        super().__init__("%s needs %d more" % (acct.holder, amount - acct.balance))
        self.acct = acct

accts = [Account("ann", 10), Account("bob"), Account("cy", 100)]
accts[1].deposit(5).deposit(7)
for a, amt in zip(accts, [20, 3, 50]):
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("error:", e, e.acct.id)
try:
    accts[0].deposit(-1)
except ValueError as e:
    print("error:", e)
print(accts)
print(sorted(accts, key=lambda a: a.balance))
print({a.holder: a.balance for a in accts if a.balance})
print(["%s:%s" % h for a in accts for h in a.history])

def make_counter():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count, counts
count, counts = make_counter()
text = "the quick brown fox jumps over the lazy dog the end"
for w in text.split():
    count(w)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
for word, n in top:
    print(f"{word:>6}: {'#' * n} ({n})")

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])

grid = [[(r * 3 + c) % 10 for c in range(5)] for r in range(5)]
for row in grid:
    print(" ".join(str(v) for v in row))
transposed = [list(col) for col in zip(*grid)]
print(transposed[0], sum(map(sum, grid)), max(max(r) for r in grid))
diag = [grid[i][i] for i in range(len(grid))]
print(diag, diag[::-1], sorted(set(diag)))

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib(100))

stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
print(stack)

def parse_kv(s):
    out = {}
    for part in s.split(";"):
        if not part.strip():
            continue
        k, _, v = part.partition("=")
        try:
            out[k.strip()] = int(v)
        except ValueError:
            out[k.strip()] = v.strip()
    return out
print(parse_kv("a=1; b = two ;c=3;;"))
temps = [22.5, 19.0, 24.25, 18.75]
avg = sum(temps) / len(temps)
print("avg %.2f max %.1f min %s" % (avg, max(temps), min(temps)), round(avg, 1), f"{avg:.3f}")
print([t for t in temps if t > avg], ["hot" if t > 20 else "cold" for t in temps])
