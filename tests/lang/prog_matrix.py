# Matrix class with operators, determinant via fractions of ints, transpose.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    def __repr__(self):
        return "\n".join(" ".join(f"{v:5}" for v in r) for r in self.rows)
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[v * o for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, o):
        return self.rows == o.rows
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] *
                   Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det()
                   for j in range(self.m))
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A * B)
print(2 * A)
print(A.T(), A.det(), A[1, 0])
print(A * Matrix.identity(2) == A)
M = Matrix([[2, -1, 0, 3], [1, 4, 2, 0], [0, 5, 1, 1], [7, 0, 2, 2]])
print(M.det(), (M * M).det() == M.det() ** 2)
P = A
for _ in range(20):
    P = P * A
print(P[0, 0], P[1, 1])
