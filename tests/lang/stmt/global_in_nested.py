# global declared in a nested function; module-level names from functions
x = 1
def outer():
    x = 2
    def inner():
        global x
        x = 3
    inner()
    return x
print(outer(), x)
def read_later():
    return later
later = "defined after function"
print(read_later())
def modify_list():
    lst.append(4)
lst = [1]
modify_list()
print(lst)
