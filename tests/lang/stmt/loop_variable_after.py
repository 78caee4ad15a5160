# loop variables keep their last value; unbound if the loop never ran
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError:
    print("j unbound")
k = "before"
for k in "":
    pass
print(k)
n = 0
while n < 3:
    n += 1
print(n)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
