# @micropython.native / @micropython.viper need no import on MicroPython: the compiler handles them.
@micropython.native
def double(x):
    return x * 2


@micropython.viper
def seven():
    return 7


print(double(21), seven(), double.__name__)
