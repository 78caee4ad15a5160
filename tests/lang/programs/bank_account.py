# classes for a simple bank with exceptions
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("%s cannot withdraw %d" % (self.owner, amount))
        self.balance -= amount
        self.history.append(("wd", amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.balance)
class Savings(Account):
    interest = 0.05
accts = [Account("ann", 100), Savings("bob", 200)]
ops = [(0, "deposit", 50), (1, "withdraw", 500), (0, "withdraw", 30), (1, "deposit", -5), (1, "withdraw", 20)]
for i, op, amt in ops:
    try:
        getattr(accts[i], op)(amt)
        print("ok", op, amt, accts[i])
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__, e)
for a in accts:
    a.add_interest()
    print(a, a.history)
print(sorted(accts, key=lambda a: -a.balance))
