# str() of KeyError shows the repr of the key
for k in ["k", 1, (1, 2), None, ""]:
    try:
        {}[k]
    except KeyError as e:
        print(repr(str(e)), e.args)
