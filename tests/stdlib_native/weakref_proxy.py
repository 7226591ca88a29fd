# weakref.proxy: forwarding of attributes, operators, calls, len, iter and
# items; sharing of plain proxies; ReferenceError once the referent died.
import weakref, gc, operator

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

def clean(s):
    import re
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)

class C:
    x = 1
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2])
    def __add__(self, o): return ('add', o)
    def __radd__(self, o): return ('radd', o)
    def __iadd__(self, o): return ('iadd', o)
    def __call__(self, *a, **k): return a, k
    def __repr__(self): return 'C()'
    def __str__(self): return 'str C'
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return 'lt'
    def __getitem__(self, k): return ('item', k)
    def __contains__(self, k): return k == 7
    def __neg__(self): return 'neg'
    def __bytes__(self): return b'bytes'
    def __reversed__(self): return 'rev'
    def __bool__(self): return False
c = C()
p = weakref.proxy(c)
print(type(p), clean(repr(p)), str(p), p.x, len(p), list(p), p + 1, 1 + p, p(1, k=2))
print(p == 1, p < 2, p[5], 7 in p, 8 in p, -p, bool(p), p.__class__)
print(weakref.proxy(c) is p, weakref.getweakrefcount(c), isinstance(p, C), type(p).__name__)
q = p
q += 3
print(q)
pc = weakref.proxy(c, lambda r: None)
print(type(pc).__name__, pc is p, weakref.getweakrefcount(c))
r = weakref.ref(c)
print(weakref.getweakrefs(c)[0] is r, len(weakref.getweakrefs(c)), weakref.getweakrefs(c)[1] is p)
attempt(lambda: hash(p))
attempt(lambda: weakref.ref(p))
attempt(lambda: weakref.proxy(1))
attempt(lambda: weakref.proxy())
attempt(lambda: weakref.ProxyType(c))

class D:
    pass
class Rev:
    def __reversed__(self): return iter('ba')
class By:
    def __bytes__(self): return b'by'
rv = Rev()
by = By()
d = D()
d.items = [3, 1, 2]
pd = weakref.proxy(d)
print(type(pd), bool(pd), pd.items, list(reversed(weakref.proxy(rv))), bytes(weakref.proxy(by)))
pd.y = 5
print(d.y)
del pd.y
print(hasattr(d, 'y'))
attempt(lambda: next(pd))
attempt(lambda: pd())
attempt(lambda: pd.missing)

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __mul__(self, o): return self.v * (o.v if isinstance(o, Num) else o)
    def __rmul__(self, o): return o * self.v
    def __pow__(self, o, m=None): return ('pow', o, m)
n = Num(6)
pn = weakref.proxy(n)
n2 = Num(7)
print(operator.index(pn), int(pn), float(pn), pn * 2, 3 * pn, pn * weakref.proxy(n2), [0, 1, 2, 3, 4, 5, 6, 7][pn], pow(pn, 2), pow(pn, 2, 5))

lst = [1, 2, 3]
class L(list):
    pass
l = L([1, 2, 3])
pl = weakref.proxy(l)
pl[0] = 10
del pl[1]
pl.append(4)
print(l, pl[0], len(pl), sorted(pl), pl == [10, 3, 4])
it = iter(l)
pit_holder = [iter(l)]

calls = []
class E:
    pass
e = E()
pe = weakref.proxy(e, lambda ref: calls.append(type(ref).__name__))
del e
gc.collect()
print(calls)
for f in [lambda: pe.x, lambda: str(pe), lambda: bool(pe), lambda: pe == 1, lambda: len(pe),
          lambda: pe + 1, lambda: list(pe), lambda: pe[0], lambda: setattr(pe, 'a', 1)]:
    attempt(f)
print(clean(repr(pe)))
print(weakref.ProxyTypes, weakref.CallableProxyType, weakref.ProxyType.__module__)

# Proxies in a cycle with their referent go with it.
class Cyc:
    pass
a = Cyc()
a.me = weakref.proxy(a)
a.self = a
wa = weakref.ref(a)
del a
gc.collect()
print('collected', wa() is None)
