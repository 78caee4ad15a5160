# sets built from comprehensions and used for de-duplication
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(sorted(set(nums)), len(set(nums)))
seen = set()
unique_in_order = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique_in_order.append(n)
print(unique_in_order)
evens = {n for n in nums if n % 2 == 0}
odds = {n for n in nums if n % 2}
print(sorted(evens), sorted(odds), evens & odds, sorted(evens | odds))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
