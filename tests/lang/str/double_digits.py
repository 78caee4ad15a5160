# str() and format() of floats that only a double holds (a float32 build has other digits)
print(str(1e300), "{:,.2f}".format(1234567.891))
