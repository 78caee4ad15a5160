# Without MBPY_FORMAT_SPEC_EXTRA (the device, as the original firmware): format specs have no 'z' option
# and no '_' separator: ValueError, as there ("invalid format specifier"); ',' and the rest stay.
def t(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)


t(lambda: "{:_}".format(1234567))
t(lambda: "{:_x}".format(255))
t(lambda: "{:z.1f}".format(-0.01))
t(lambda: format(1234567, "_"))
t(lambda: format(-0.0, "z"))
print("{:,}".format(1234567), "{:,d}".format(-1234), "{:=+8}".format(12), "{:.1%}".format(0.25), "{:#x}".format(255))
print("{:08.3f}".format(-3.14159), "{:*^9}".format("ab"), format(-0.0, ".1f"))
