# functions and classes defined inside functions
def factory(kind):
    class Product:
        def __init__(self):
            self.kind = kind
        def __repr__(self):
            return "Product(%s)" % self.kind
    return Product
A = factory("a")
B = factory("b")
print(A(), B(), A is B, type(A()).__name__)
def make_ops():
    def add(x, y):
        return x + y
    def mul(x, y):
        return x * y
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), ops["add"].__name__)
def outer():
    def helper(n):
        return n if n < 2 else helper(n - 1) + helper(n - 2)
    return helper(10)
print(outer())
