import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2]); d2 = copy.deepcopy(t2); print(d2, d2 is t2, d2[1] is t2[1])
s = {1, 2}; print(copy.copy(s), copy.copy(s) is s, copy.copy(frozenset(s)) is not None)
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return 'Pt(%r, %r)' % (self.x, self.y)
p = Pt([1], 2); q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print('copy called'); return Custom(self.v)
    def __deepcopy__(self, memo): print('deepcopy called', type(memo).__name__); return Custom(copy.deepcopy(self.v, memo))
copy.copy(Custom(1)); copy.deepcopy(Custom([1]))
class Sl:
    __slots__ = ('a', 'b')
sl = Sl(); sl.a = [1]; sl.b = 2
sc = copy.deepcopy(sl); print(sc.a, sc.b, sc.a is sl.a)
rec = [1]; rec.append(rec); rc = copy.deepcopy(rec); print(rc[1] is rc, rc is not rec)
d = {'a': 1}; d['self'] = d; dc = copy.deepcopy(d); print(dc['self'] is dc)
print(copy.deepcopy(deque([[1], 2], maxlen=4)), copy.copy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, {'x': [1]})), copy.copy(Counter('aab')))
N = namedtuple('N', 'a b'); n = N([1], 2); print(copy.copy(n), copy.deepcopy(n), copy.deepcopy(n).a is n.a)
print(copy.copy(int) is int, copy.deepcopy(len) is len, copy.copy(3.5))
class L(list):
    pass
l = L([1, [2]]); l.tag = 'x'; lc = copy.deepcopy(l); print(lc, type(lc).__name__, lc.tag, lc[1] is l[1])
shared = [0]; obj = [shared, shared]; oc = copy.deepcopy(obj); print(oc[0] is oc[1])
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': self.a * 10}
    def __setstate__(self, st): self.a = st['a'] + 1
print(copy.copy(WithState()).a)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(len(memo) >= 2, y[0] is y[1])
class Holder:
    def get(self): return self.v
hd = Holder(); hd.v = [1]
bm = copy.deepcopy(hd.get)
print(bm(), bm.__self__ is not hd, bm() == hd.get())
