# is* predicates on empty strings and mixed content
for s in ["", " ", "a b", "AbC", "ABC1", "abc1", "1", "x_y", "\t"]:
    print(repr(s), [f(s) for f in (str.isalpha, str.isdigit, str.isspace, str.isupper, str.islower, str.isalnum)])
