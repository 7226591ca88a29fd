def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Q(%d, 0)' % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = o if isinstance(o, Q) else Q(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = o if isinstance(o, Q) else Q(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = o if isinstance(o, Q) else Q(o); return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = o if isinstance(o, Q) else Q(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self): return Q(-self.n, self.d)
    def __eq__(self, o): o = o if isinstance(o, Q) else Q(o); return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __repr__(self): return '%d/%d' % (self.n, self.d) if self.d != 1 else str(self.n)
h = sum((Q(1, k) for k in range(1, 21)), Q(0))
print(h, float(h))
print(Q(1, 3) + Q(1, 6), Q(3, 4) * 4, 1 + Q(1, 2), Q(2, -4), -Q(5, 10), Q(1, 2) / Q(3, 4), Q(6, 3) == 2)
print(sorted([Q(1, 2), Q(1, 3), Q(2, 3), Q(-1, 5)]), len({Q(1, 2), Q(2, 4)}))
try:
    Q(1, 2) / Q(0)
except ZeroDivisionError as e:
    print(e)
x = Q(1)
for _ in range(10):
    x = (x + Q(2) / x) / 2
print(x.n.bit_length(), float(x))
