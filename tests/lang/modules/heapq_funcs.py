# heapq push/pop/heapify
import heapq
h = []
for v in [5, 1, 8, 3, 2, 9, 1]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.heappop(data), heapq.heappop(data), len(data))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "sleep"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")
