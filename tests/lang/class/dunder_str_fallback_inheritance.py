# __str__/__repr__ found through inheritance
class Base:
    def __repr__(self):
        return "<%s>" % type(self).__name__
class Child(Base):
    pass
class StrChild(Base):
    def __str__(self):
        return "str of " + type(self).__name__
print(Child(), repr(Child()), StrChild(), repr(StrChild()), [StrChild()])
