# find rfind index rindex count with start/end
s = "hello world, hello micro:bit"
print(s.find("hello"), s.find("hello", 1), s.find("zz"), s.rfind("hello"), s.rfind("o", 0, 10), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count(""), s.count("l", 5, 15))
print(s.find("o", -5), s.find("h", -100, 3), "aaaa".count("aa"), "".find(""), "abc".find("", 5))
try:
    s.index("zz")
except ValueError:
    print("ValueError index")
try:
    s.rindex("zz")
except ValueError:
    print("ValueError rindex")
