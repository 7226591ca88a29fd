def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert all(len(r) == m for r in a), 'shape mismatch'
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
def transpose(m): return [list(r) for r in zip(*m)]
def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), transpose(A))
print(mpow([[1, 1], [1, 0]], 90)[0][1])
F = [[1.5, -0.5], [0.25, 2.0]]
print(matmul(F, F))
try:
    matmul(A, A)
except (AssertionError, IndexError) as e:
    print(type(e).__name__, e)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(5)))
