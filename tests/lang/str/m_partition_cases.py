# partition/rpartition with missing, repeated and edge separators
for s in ["key=value", "key==v", "=v", "k=", "novalue", "", "a=b=c"]:
    print(repr(s), s.partition("="), s.rpartition("="))
