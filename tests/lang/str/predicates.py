# isalpha isdigit isspace isupper islower isalnum isdecimal isnumeric isidentifier istitle
for s in ["abc", "ABC", "Abc", "123", "12.5", " ", "\t\n", "", "a1", "Hello World", "hello world", "_id", "1x", "\xe9", "\u00b2"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.isalnum(),
          s.isdecimal(), s.isnumeric(), s.isidentifier(), s.istitle())
