# code that runs in the class body at definition time
print("before class")
class Config:
    print("in class body")
    values = {}
    for name in ("a", "b", "c"):
        values[name] = len(values)
    del name
    total = sum(values.values())
    def method(self):
        return self.total
print("after class", Config.values, Config.total, Config().method(), hasattr(Config, "name"))
