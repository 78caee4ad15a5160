# larger lists with builtins
l = list(range(1000))
print(sum(l), len(l), max(l), min(l), l[500], l[-1], sum(l[::100]))
l.reverse()
print(l[:5], l.index(0))
sq = [x * x for x in range(100)]
print(sum(sq), sq[-1], len([x for x in sq if x % 3 == 0]))
print(sorted(l)[:3], any(x > 998 for x in l), all(x >= 0 for x in l))
big = [0] * 10000
big[9999] = 1
print(sum(big), big.index(1))
