# Imported by gc_deferred.py: its body loops and allocates 20 MB in all.
kept = []
total = 0
for i in range(20000):
    s = str(i) * 100 + 'x' * 600
    total += len(s)
    if i % 2000 == 0:
        kept.append(s[:8])
