class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2); print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    P.__new__(P).x
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
print(hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2); q.z = 5; print(q.z, hasattr(q, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2); r.w = 0; print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class S:
    __slots__ = 'single'
s = S(); s.single = 1; print(s.single)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2; print(w.a, w.b, w.__dict__)
