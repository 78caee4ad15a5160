# attribute storage through object.__setattr__ and validation
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not isinstance(value, int):
            raise TypeError("age must be int")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
v.name = "x"
print(v.age, v.name)
try:
    v.age = "old"
except TypeError as e:
    print("TypeError", e)
print(v.age)
