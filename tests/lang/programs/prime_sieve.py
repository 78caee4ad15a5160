# sieve of Eratosthenes, twin primes, factorisation
N = 200
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(range(i * i, N + 1, i))
primes = [i for i, p in enumerate(sieve) if p]
print(len(primes), primes[:15], primes[-3:])
print("twins", [(p, p + 2) for p in primes if p + 2 <= N and sieve[p + 2]][:8])
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in (360, 97, 1001, 2 ** 16 + 1, 600851475143):
    print(n, factor(n))
