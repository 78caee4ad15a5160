# shallow copies share nested objects
orig = [[1, 2], [3]]
shallow = orig.copy()
sliced = orig[:]
built = list(orig)
shallow[0].append(99)
print(orig, sliced, built)
shallow.append("new")
print(len(orig), len(shallow))
deep = [row[:] for row in orig]
deep[0][0] = -1
print(orig[0][0], deep[0][0])
