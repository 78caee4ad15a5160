import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
h = [(2, 'b'), (1, 'a'), (3, 'c')]
heapq.heapify(h)
print(heapq.heappop(h), h)
try:
    heapq.heappop([])
except IndexError:
    print('IndexError')
try:
    heapq.heappush((), 1)
except TypeError:
    print('TypeError')
import random
random.seed(5)
data = [random.randint(0, 1000) for _ in range(200)]
h = []
for d in data:
    heapq.heappush(h, d)
print([heapq.heappop(h) for _ in range(200)] == sorted(data))
