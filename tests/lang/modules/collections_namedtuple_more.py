# namedtuple as records: sorting, unpacking, _asdict-free usage
from collections import namedtuple
Student = namedtuple("Student", "name grade age")
cls = [Student("ann", 90, 12), Student("bob", 75, 13), Student("cy", 90, 11)]
for s in sorted(cls, key=lambda s: (-s.grade, s.name)):
    print(s.name, s.grade, s.age)
name, grade, age = cls[1]
print(name, grade, age, cls[0] == ("ann", 90, 12), cls[0][1], len(cls[0]))
print(max(cls, key=lambda s: s.age).name, sum(s.grade for s in cls) / len(cls))
