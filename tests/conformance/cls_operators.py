class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'V(%r, %r)' % (self.x, self.y)
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __lshift__(self, k): return V(self.x << k, self.y << k)
    def __invert__(self): return V(~self.x, ~self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(V(3, 4)), a == V(1, 2), a != b, a @ b)
print(b / 2, b // 2, b % 2, a ** 2, a << 2, ~a, a[0], a[-1], {a, V(1, 2)})
try:
    a + 1
except TypeError as e:
    print(e)
try:
    1 - a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
