def trace(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__, a, k)
        r = fn(*a, **k)
        print('returned', r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=0): return a + b
@repeat(3)
def hi(name): return 'hi ' + name
print(add(1, b=2), add.__name__, hi('bob'))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return f
    return deco
reg = {}
@register(reg)
def alpha(): return 'a'
@register(reg)
def beta(): return 'b'
print(sorted(reg), reg['beta']())
class Deco:
    @trace
    @staticmethod
    def s(x): return x * 2
print(Deco.s(4))
