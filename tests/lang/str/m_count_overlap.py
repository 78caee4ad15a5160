# count is non-overlapping
print("aaaa".count("aa"), "aaaaa".count("aa"), "abababa".count("aba"), "".count("a"), "".count(""), "abc".count(""), "mississippi".count("ss"), "mississippi".count("i", 5))
