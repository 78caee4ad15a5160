# uncaught IndexError in a loop inside a function
def last_plus_one(items):
    return items[len(items)]

print(last_plus_one.__name__)
last_plus_one([1, 2, 3])
