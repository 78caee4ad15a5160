# builder pattern returning self
class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self
    def order(self, key):
        self.parts.append("ORDER BY " + key)
        return self
    def limit(self, n):
        self.parts.append("LIMIT %d" % n)
        return self
    def __str__(self):
        return " ".join(["SELECT *"] + self.parts)
print(Query().where("x > 1").order("name").limit(5))
print(str(Query()))
