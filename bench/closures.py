# Closures and decorators: counters and accumulators over nonlocal cells,
# decorators with and without arguments stacked on functions and methods,
# memoisation, function composition, partial application and callbacks.
# Usage: closures.py [N]
import sys

DEFAULT_SIZE = 600000


def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    def summary():
        return total, len(items)
    return add, summary


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def clamp(lo, hi):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            r = fn(*args, **kwargs)
            return lo if r < lo else hi if r > hi else r
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


def memoize(fn):
    cache = {}
    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            r = cache[args] = fn(*args)
            return r
    wrapper.cache = cache
    return wrapper


@counted
@clamp(-1000, 1000)
def poly(x, a=1, b=2):
    return a * x * x - b * x + 3


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def partial(fn, *bound, **kwbound):
    def call(*args, **kwargs):
        kw = dict(kwbound)
        kw.update(kwargs)
        return fn(*bound, *args, **kw)
    return call


class Events:
    def __init__(self):
        self.handlers = {}

    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register

    def emit(self, name, *args):
        return [h(*args) for h in self.handlers.get(name, [])]


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @counted
    def area(self):
        return self.w * self.h

    @staticmethod
    def unit():
        return Shape(1, 1)

    @classmethod
    def square(cls, s):
        return cls(s, s)


def main(n):
    c = make_counter(10, 3)
    add, summary = make_accumulator()
    for i in range(n):
        add(c() % 7)
    print('counter', c(), 'accumulator', summary())
    s = 0
    for i in range(n):
        s += poly(i % 50 - 25) + poly(i % 9, b=i % 4)
    print('poly', s, poly.calls, poly.__name__, poly.__wrapped__.__name__)
    print('paths', paths(14, 14), len(paths.cache))
    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    f = compose(inc, dbl, inc)
    g = partial(pow, mod=1000003)
    t = 0
    for i in range(n // 2):
        t = (t + f(i) + g(i, 3)) % 1000000007
    print('compose', t)
    ev = Events()
    log = []
    @ev.on('tick')
    def tick_a(k):
        return k * 2
    @ev.on('tick')
    def tick_b(k):
        log.append(k)
        return -k
    r = 0
    for i in range(n // 4):
        r += sum(ev.emit('tick', i))
    print('events', r, len(log), ev.emit('none'))
    shapes = [Shape.square(i % 10) for i in range(n // 10)] + [Shape.unit()]
    print('areas', sum(sh.area() for sh in shapes), Shape.area.calls)
    adders = [lambda x, i=i: x + i for i in range(10)]
    late = [lambda x: x + i for i in range(10)]
    print('defaults', [a(0) for a in adders][:5], [l(0) for l in late][:3])
    print(c.__code__.co_freevars, c.__closure__[0].cell_contents)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
