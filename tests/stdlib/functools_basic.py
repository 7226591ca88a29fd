import functools
from functools import (reduce, partial, partialmethod, wraps, lru_cache, cache,
                       cmp_to_key, total_ordering, cached_property, singledispatch,
                       update_wrapper, WRAPPER_ASSIGNMENTS)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
print(WRAPPER_ASSIGNMENTS)

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 9, d=0), p.func is f, p.args, p.keywords)
pp = partial(p, 2, c=7)
print(pp(), pp.func is f, pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)
class MyP(partial):
    pass
print(repr(MyP(max, 2)))

class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c._alive); c.set_dead(); print(c._alive)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    """Say hello."""
    return 'hello ' + x
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.__name__)

@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache()
def kw(a, b=2): return a + b
print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info())

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(1), K(1) == K(1))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(2) >= V(3), sorted(x.v for x in [V(3), V(1)]))
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print('ValueError', e)

class Data:
    def __init__(self): self.n = 0
    @cached_property
    def value(self):
        self.n += 1
        return 42
d = Data(); print(d.value, d.value, d.n, 'value' in d.__dict__)
del d.value; print(d.value, d.n)
print(type(Data.__dict__['value']).__name__)

@singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int):
    return 'int'
@show.register(list)
def _(x):
    return 'list'
show.register(float, lambda x: 'float')
print(show(1), show(True), show([]), show(1.5), show('s'), show(None))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '?')
