# del of globals from functions and of loop items
g = 5
def kill():
    global g
    del g
kill()
print("g" in globals())
d = {i: i for i in range(6)}
for k in [k for k in d if k % 2]:
    del d[k]
print(d)
l = list(range(6))
while l:
    del l[0]
print(l)
