# more regular expressions: anchors, classes, groups, sub with function
import re
print(re.match(r"\d{3}-\d{4}$", "555-1234") is not None, re.match(r"\d{3}-\d{4}$", "555-12345") is None)
m = re.search(r"(?:ab)+(c)", "xxababcz")
print(m.group(0), m.group(1))
print(re.sub(r"\d+", lambda m: str(int(m.group(0)) * 2), "a1 b22 c333"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"))
print(re.match(r"([A-Z])\w*", "Hello world").group(1), re.search(r"o\b", "foo bar").start() if hasattr(re.search(r"o", "o"), "start") else 2)
print(re.sub(r"^\s+|\s+$", "", "  trim me  "), re.match(r".*", "line\nnext").group(0))
print(re.match(r"[aeiou]", "apple") is not None, re.match(r"[^aeiou]", "apple") is None)
