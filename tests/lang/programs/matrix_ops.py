# matrix arithmetic with nested lists
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(mat_mul(A, B), mat_mul(A, identity(2)) == A, transpose([[1, 2, 3], [4, 5, 6]]))
M = [[2, -1, 0], [1, 3, 2], [0, 1, 4]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
P = A
for _ in range(5):
    P = mat_mul(P, A)
print(P)
rot = [[0, -1], [1, 0]]
v = [[1], [0]]
for _ in range(4):
    v = mat_mul(rot, v)
    print([r[0] for r in v])
