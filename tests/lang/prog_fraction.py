# A rational number class with normalisation, operators, comparisons and hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = sum((Frac(1, k) for k in range(1, 21)), Frac(0))
print(h, float(h))
print(Frac(6, -8), Frac(1, 3) + Frac(1, 6), 1 - Frac(1, 3), Frac(2, 3) * 3, Frac(3, 4) / Frac(9, 8), -Frac(1, 2))
print(Frac(2, 3) ** 3, Frac(2, 3) ** -2, Frac(1, 2) == Frac(2, 4), Frac(1, 3) < Frac(1, 2), Frac(4, 2) == 2)
print(sorted([Frac(3, 4), Frac(1, 3), Frac(5, 6), Frac(1, 2)]), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
x = Frac(1)
for _ in range(8):
    x = (x + 2 / x) if False else (x + Frac(2) / x) / 2
print(x, abs(float(x) - 2 ** 0.5) < 1e-15)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
