class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1): return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), list(map(a, [1, 2])), callable(a))
class Counter:
    def __init__(self, f):
        self.f = f; self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
@Counter
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
class M:
    def method(self, x): return ('method', x)
m = M()
bound = m.method
print(bound(1), bound.__self__ is m, bound.__func__ is M.method, M.method(m, 2))
try:
    a()
except TypeError as e:
    print(e)
try:
    M.method()
except TypeError as e:
    print(e)
