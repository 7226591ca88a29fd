# An immutable 2-D vector with __slots__, operators, hashing and formatting.
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, k, v):
        raise AttributeError("Vec is immutable")
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __iter__(self):
        yield self.x
        yield self.y
    def __bool__(self):
        return bool(self.x or self.y)
    def rotate(self, deg):
        r = math.radians(deg)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, 2 * a, a * 0.5, -b, abs(a), a @ b, list(a), bool(Vec(0, 0)))
print(f"{Vec(1.23456, 2):.2f}", format(a, "03d"), a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}))
print(a.rotate(90), Vec(1, 0).rotate(45))
x, y = a
print(x, y, dict(zip("xy", b)))
try:
    a.x = 10
except AttributeError as e:
    print(e)
path = [Vec(0, 0), Vec(3, 4), Vec(6, 0), Vec(0, 0)]
print(sum(abs(q - p) for p, q in zip(path, path[1:])))
