# sorted is stable for equal keys across many records
recs = [(i % 5, i) for i in range(30)]
by_key = sorted(recs, key=lambda r: r[0])
print(by_key)
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(len(by_key) - 1) if by_key[i][0] == by_key[i + 1][0]))
rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(rev[:8])
