# functools over the C types of _functools: reduce, partial, cmp_to_key and
# the lru_cache wrapper.
import functools, copy, weakref, gc
from functools import partial, reduce, cmp_to_key, lru_cache

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

# reduce
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'init'),
      reduce(lambda a, b: a + [b], 'abc', []))
for f in [lambda: reduce(max, []), lambda: reduce(max, 5), lambda: reduce(max),
          lambda: reduce(lambda a, b: 1 / 0, [1, 2]), lambda: reduce(max, [1], 2, 3)]:
    attempt(f)

# partial
def f(*a, **k):
    return a, sorted(k.items())
p = partial(f, 1, x=1)
q = partial(p, 2, y=2)
print(p(3, x=5), q(), q.func is f, q.args, q.keywords)
print(repr(partial(max, 1, key=abs)), repr(partial(f)).replace(repr(f), 'F'))
class MyP(partial):
    pass
print(repr(MyP(max, 2)), MyP(max, 2)(5), type(MyP(p, 3).func) is partial)
attempt(lambda: partial())
attempt(lambda: partial(1))
attempt(lambda: setattr(p, 'func', max))
p.attr = 7
print(p.__dict__, partial(p).func is p)
r = partial(f)
r.keywords['me'] = r
print(repr(r).replace(repr(f), 'F'))
red = q.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:])
s = partial(max)
s.__setstate__((min, (3, 4), {'key': abs}, {'z': 1}))
print(s(), s.z, s.args, s.keywords)
for st in [5, (1, 2), (1, (), None, None), (min, [1], None, None)]:
    attempt(lambda: partial(max).__setstate__(st))
w = weakref.ref(p)
print(w() is p, partial[int])
c = copy.copy(q)
print(c(), c is q, copy.deepcopy(q)())

# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
print(K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(3) > K(2), K(1) != K(1), K(obj=5).obj)
attempt(lambda: K(1) < 1)
attempt(lambda: hash(K(1)))
attempt(lambda: K())
print(type(K).__name__)

# lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
print(sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__, sq.__qualname__)
sq.cache_clear()
print(sq.cache_info(), sq(4), sq.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info(), fib.cache_parameters())

@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info())

@lru_cache(typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info(), ty.cache_parameters())

@lru_cache
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(1, c=3), kw(1), kw.cache_info())
attempt(lambda: kw([1]))
attempt(lambda: lru_cache(maxsize='x'))
attempt(lambda: functools._lru_cache_wrapper(1, 1, False, None))
print(lru_cache(-5)(abs).cache_info())

class A:
    @lru_cache(maxsize=8)
    def m(self, x):
        return (id(self) > 0, x)
    @functools.cached_property
    def cp(self):
        return 42
a = A()
print(a.m(1), a.m(1), A.m.cache_info(), A.m.__get__(None, A) is A.m, a.cp)
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq, sq.__reduce__())

@functools.cache
def cached(x):
    return [x]
print(cached(1) is cached(1), cached.cache_info())

# Cycles through the cache are collected.
class Node:
    pass
@lru_cache(maxsize=4)
def mk(i):
    n = Node()
    n.f = mk
    return n
for i in range(10):
    mk(i)
wr = weakref.ref(mk(3))
del mk
gc.collect()
print('collected', wr() is None)

# A function that calls itself with the same key while filling it.
depth = [0]
@lru_cache(maxsize=3)
def re(x):
    depth[0] += 1
    if depth[0] < 3:
        re(x)
    return x
print(re(1), re(1), re.cache_info())
