# removing while iterating over a copy; del slices
nums = list(range(10))
for n in nums[:]:
    if n % 3 == 0:
        nums.remove(n)
print(nums)
nums = [n for n in nums if n != 4]
print(nums)
del nums[::3]
print(nums)
del nums[:]
print(nums)
l = [1, 2, 3]
it = iter(l)
next(it)
l.append(4)
print(list(it))
