# Arithmetic dunders: forward, reflected and in-place forms, NotImplemented.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V): return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)): return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __rpow__(self, base): return "rpow %r" % (base,)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, k): return "divmod", k
    def __rdivmod__(self, k): return "rdivmod", k
    def __lshift__(self, k): return "lshift", k
    def __rrshift__(self, k): return "rrshift", k
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __iadd__(self, o):
        print("iadd")
        self.c = tuple(a + o for a in self.c)
        return self
a, b = V(1, 2), V(10, 20)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, b / 4, b // 3, b % 3, a ** 2, pow(b, 2, 7))
print(2 ** a, a @ b, divmod(a, 2), divmod(2, a), a << 1, 1 >> a, a & 1, 1 | a, a ^ 0)
c = a
c += 5
print(c, a, c is a)
d = V(1)
d -= V(1)  # no __isub__: falls back to __sub__ and rebinds
print(d)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
class Sub(V):
    def __radd__(self, o):
        return "Sub.radd wins"
print(V(1) + Sub(2))
